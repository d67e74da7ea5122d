import { HookError, type HookWrap, type LifecycleHooks } from "../interpreters/run-with-hooks";
import type { WorkerHookSources } from "../../protocol/worker";

/** A page hook gets the script element; a worker hook gets `{ sync }`, the worker's `pyscript.sync`. */
type MainHook = (wrap: HookWrap, element: Element) => unknown;
type WorkerHook = (wrap: HookWrap, xworker: { sync: object }) => unknown;

/**
 * What `hooks.main.onWorker` gets for a worker the page starts: `sync` is the page's side of the worker's
 * `pyscript.sync`. Assigning `xworker.sync.name = fn` lets the worker's Python call `sync.name(...)`;
 * reading `xworker.sync.name` gives an async function calling what the worker's Python assigned there.
 */
export type XWorker = { readonly sync: Record<string, unknown> };
/** `wrap` is PyScript's interpreter of a worker the plugin created itself: always null here. */
type OnWorkerHook = (wrap: null, xworker: XWorker) => unknown;

type SideHooks<Hook> = {
  onReady: Set<Hook>;
  onBeforeRun: Set<Hook>;
  onBeforeRunAsync: Set<Hook>;
  codeBeforeRun: Set<string>;
  codeBeforeRunAsync: Set<string>;
  codeAfterRun: Set<string>;
  codeAfterRunAsync: Set<string>;
  onAfterRun: Set<Hook>;
  onAfterRunAsync: Set<Hook>;
};

export type PluginHooks = {
  main: SideHooks<MainHook> & { onWorker: Set<OnWorkerHook> };
  worker: SideHooks<WorkerHook>;
};

const sideHooks = <Hook>(): SideHooks<Hook> => ({
  onReady: new Set(),
  onBeforeRun: new Set(),
  onBeforeRunAsync: new Set(),
  codeBeforeRun: new Set(),
  codeBeforeRunAsync: new Set(),
  codeAfterRun: new Set(),
  codeAfterRunAsync: new Set(),
  onAfterRun: new Set(),
  onAfterRunAsync: new Set(),
});

/**
 * PyScript's plugin API: `import { hooks } from ".../core.js"`, then `hooks.main.onReady.add(fn)` and so on,
 * from a module that runs before the page's Python does. Kept on the global object, so a page that loads
 * core.js under two URLs still has one set of hooks.
 */
export const hooks: PluginHooks = ((globalThis as Record<symbol, unknown>)[Symbol.for("pysandbox.hooks")] ??= {
  main: { ...sideHooks<MainHook>(), onWorker: new Set<OnWorkerHook>() },
  worker: sideHooks<WorkerHook>(),
}) as PluginHooks;

/** PyScript runs a script synchronously when its `async` attribute says so, asynchronously otherwise. */
export const runsAsynchronously = (element: Element): boolean => !/^(?:false|0|no)$/i.test(element.getAttribute("async") ?? "");

const plainPhases = ["onBeforeRun", "codeBeforeRun", "codeAfterRun", "onAfterRun"] as const;
type Phase = (typeof plainPhases)[number] | `${(typeof plainPhases)[number]}Async`;

/**
 * PyScript calls only the hooks of a script's kind around it: the plain ones around a script it runs
 * synchronously, the `*Async` ones around any other. Every script runs asynchronously here (top-level await
 * works in all of them), but the same hooks run as under PyScript: a plugin that registers one function for
 * both kinds, as PyScript's own terminal does, has it run once.
 */
function ofKind<Hooks extends Record<Phase, Iterable<unknown>>>(all: Hooks, asynchronous: boolean): Hooks {
  const skipped = plainPhases.map((phase) => (asynchronous ? phase : (`${phase}Async` as const)));
  return { ...all, ...Object.fromEntries(skipped.map((phase) => [phase, []])) };
}

/** The page hooks of a script's kind as they are when it starts (hooks added later apply to the scripts after). */
export function mainHooks(asynchronous: boolean): LifecycleHooks<Element> {
  return ofKind({ owner: "hooks.main", ...hooks.main }, asynchronous);
}

/**
 * `hooks.main.onWorker`, for a worker about to start: each hook is awaited, in order, before the worker gets
 * its code. A failing hook rejects with a HookError naming it, and the remaining ones do not run.
 */
export async function runOnWorkerHooks(xworker: XWorker): Promise<void> {
  for (const hook of hooks.main.onWorker) {
    try {
      await hook(null, xworker);
    } catch (error) {
      throw new HookError("hooks.main.onWorker", error);
    }
  }
}

/**
 * Worker hooks run inside the worker, so they travel as source text and are rebuilt there (as PyScript
 * does): a worker hook must not use variables of the module that registered it. Only those of the
 * worker's kind travel (see ofKind).
 */
export function workerHookSources(asynchronous: boolean): WorkerHookSources {
  const worker = hooks.worker;
  const sources = (set: Set<WorkerHook>): string[] => [...set].map(String);
  return ofKind({
    onReady: sources(worker.onReady),
    onBeforeRun: sources(worker.onBeforeRun),
    onBeforeRunAsync: sources(worker.onBeforeRunAsync),
    codeBeforeRun: [...worker.codeBeforeRun],
    codeBeforeRunAsync: [...worker.codeBeforeRunAsync],
    codeAfterRun: [...worker.codeAfterRun],
    codeAfterRunAsync: [...worker.codeAfterRunAsync],
    onAfterRun: sources(worker.onAfterRun),
    onAfterRunAsync: sources(worker.onAfterRunAsync),
  }, asynchronous);
}
