import type { EngineType } from "../interpreters/engine";
import type { RuntimeContext } from "./context";
import { editorSelector, mountEditorCell } from "./editor";
import { runGameScript } from "./game";
import { bindEventAttributes } from "./event-attributes";
import { runScript } from "./run-script";
import type { InterpreterKind } from "./interpreter";
import { anyScriptSelector, engineOfScript, gameSelector } from "./selectors";
import { startWorkerScript } from "./workers";

const seen = new WeakSet<Element>();
// Scripts of one interpreter run one after another in document order; interpreters do not wait for each other.
const queues: Record<InterpreterKind, Promise<void>> = {
  pyodide: Promise.resolve(),
  micropython: Promise.resolve(),
  "py-game": Promise.resolve(),
};
/** Main-thread scripts not finished: the editor's console hears `done` when none is left. */
let pending = 0;
/** Worker scripts whose top-level code has not finished: `py:all-done` waits for them too, as PyScript's. */
let workersPending = 0;
let allDoneFired = false;
const afterAllDoneCallbacks: (() => void)[] = [];

/** Finds every Python script now and any added later, and every `py-*` event attribute. */
export function startScanner(context: RuntimeContext): void {
  // A `<script type="module" async>` may run while the page is still parsing: `py:all-done` must wait for
  // the scripts the HTML declares, so start once parsing is over. And after the page's other module scripts,
  // which run before DOMContentLoaded: a plugin registers its hooks there, before or after core.js.
  if (!domContentLoaded()) {
    document.addEventListener("DOMContentLoaded", () => startScanner(context), { once: true });
    return;
  }
  scan(document.documentElement, context);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node, context);
    }
  }).observe(document, { childList: true, subtree: true });
  if (pending === 0) finished(context);
}

function scan(root: Element, context: RuntimeContext): void {
  const scripts = root.matches(anyScriptSelector) ? [root] : [...root.querySelectorAll(anyScriptSelector)];
  for (const script of scripts) enqueue(script as HTMLElement, context);
  const games = root.matches(gameSelector) ? [root] : [...root.querySelectorAll(gameSelector)];
  for (const game of games) {
    if (seen.has(game)) continue;
    seen.add(game);
    schedule("py-game", () => runGameScript(game as HTMLElement, context), context);
  }
  const cells = root.matches(editorSelector) ? [root] : [...root.querySelectorAll(editorSelector)];
  for (const cell of cells) {
    if (seen.has(cell)) continue;
    seen.add(cell);
    mountEditorCell(cell as HTMLScriptElement, context);
  }
  bindEventAttributes(root, context);
}

function enqueue(script: HTMLElement, context: RuntimeContext): void {
  if (seen.has(script)) return;
  seen.add(script);
  const type = engineOfScript(script);
  // Worker scripts run concurrently in their own interpreter; they never hold up the page's.
  if (script.hasAttribute("worker")) {
    workersPending++;
    void startWorkerScript(script, type, context).then(() => {
      workersPending--;
      allDone();
    });
    return;
  }
  schedule(type, () => runScript(script, context), context);
}

function schedule(kind: InterpreterKind, run: () => Promise<void>, context: RuntimeContext): void {
  pending++;
  queues[kind] = queues[kind].then(run).then(() => {
    if (--pending === 0) finished(context);
  });
}

/** True while a main-thread script has not finished (it is awaiting something: the page is responsive). */
export function mainScriptsRunning(): boolean {
  return pending > 0;
}

function finished(context: RuntimeContext): void {
  context.channel.post({ type: "done" });
  allDone();
}

function allDone(): void {
  if (allDoneFired || pending > 0 || workersPending > 0) return;
  allDoneFired = true;
  for (const name of ["py:all-done", "mpy:all-done"]) window.dispatchEvent(new CustomEvent(name));
  for (const callback of afterAllDoneCallbacks.splice(0)) callback();
}

/** Runs `callback` once every script of the page has finished (at once if that moment has passed). */
export function afterAllDone(callback: () => void): void {
  if (allDoneFired) callback();
  else afterAllDoneCallbacks.push(callback);
}

function domContentLoaded(): boolean {
  const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return navigation ? navigation.domContentLoadedEventStart > 0 : document.readyState !== "loading";
}
