import { pythonTraceback } from "../engines/engine";
import { runWithHooks } from "../engines/run-with-hooks";
import type { RuntimeContext } from "./context";
import { errorText, showError } from "./errors";
import { mainHooks } from "./hooks";
import { interpreterFor } from "./interpreter";
import { outputTarget } from "./output";
import { engineOfScript } from "./selectors";
import { scriptSource } from "./source";

/**
 * PyScript names its events after the script type (`mpy:done` for MicroPython); we fire the `py:` names
 * for every script too, so pages and tests can wait on one name (docs/compatibility.md).
 */
export function dispatchScriptEvent(element: Element, name: "ready" | "done", micropython: boolean): void {
  const names = micropython ? [`mpy:${name}`, `py:${name}`] : [`py:${name}`];
  for (const type of names) element.dispatchEvent(new CustomEvent(type, { bubbles: true }));
}

// An interpreter that fails to start (bad config, missing package) fails every script of its type: say it once.
const reported = new WeakSet<object>();

/** Runs one main-thread script to completion; failures end up on the page, never as a rejected promise. */
export async function runScript(element: HTMLElement, context: RuntimeContext): Promise<void> {
  const type = engineOfScript(element);
  const target = outputTarget(element);
  try {
    const [interpreter, source] = await Promise.all([interpreterFor(type, context), scriptSource(element)]);
    interpreter.currentTarget = target.id;
    dispatchScriptEvent(element, "ready", type === "micropython");
    const { engine } = interpreter;
    await runWithHooks(engine, mainHooks, element, () => engine.runAsync(source.code, source.filename));
  } catch (error) {
    const seen = typeof error === "object" && error !== null && reported.has(error);
    if (typeof error === "object" && error !== null) reported.add(error);
    if (!seen) showError(target, pythonTraceback(error) ?? errorText(error), context);
  } finally {
    dispatchScriptEvent(element, "done", type === "micropython");
  }
}
