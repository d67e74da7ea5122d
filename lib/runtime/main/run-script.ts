import { pythonTraceback } from "../interpreters/engine";
import { hookWrap, runWithHooks, type HookWrap } from "../interpreters/run-with-hooks";
import type { RuntimeContext } from "./context";
import { errorsOnPage, errorText, showError } from "./errors";
import { mainHooks, runsAsynchronously } from "./hooks";
import { interpreterFor, type Interpreter } from "./interpreter";
import { outputTarget } from "./output";
import { dispatchScriptEvent } from "./script-events";
import { engineOfScript } from "./selectors";
import { scriptSource } from "./source";

// An interpreter that fails to start (bad config, missing package) fails every script of its type: say it once.
const reported = new WeakSet<object>();

/** What a main-thread script runs on and where `display()` writes; `py`/`mpy` scripts use the defaults. */
export type ScriptPlacement = { interpreter: () => Promise<Interpreter>; output: () => HTMLElement };

function defaultPlacement(element: HTMLElement, context: RuntimeContext): ScriptPlacement {
  const type = engineOfScript(element);
  return { interpreter: () => interpreterFor(type, context), output: () => outputTarget(element, type) };
}

/** Runs one main-thread script to completion; failures end up on the page, never as a rejected promise. */
export async function runScript(
  element: HTMLElement,
  context: RuntimeContext,
  placement: ScriptPlacement = defaultPlacement(element, context),
): Promise<void> {
  const type = engineOfScript(element);
  let interpreter: Interpreter | null = null;
  let wrap: HookWrap | undefined;
  try {
    const [started, source] = await Promise.all([placement.interpreter(), scriptSource(element)]);
    interpreter = started;
    // After the source is read: a <py-script> element becomes its own output.
    interpreter.currentTarget = placement.output().id;
    const { engine } = interpreter;
    wrap = hookWrap(engine);
    dispatchScriptEvent(element, "ready", type === "micropython", { wrap });
    await runWithHooks(engine, mainHooks(runsAsynchronously(element)), element, () => engine.runAsync(source.code, source.filename));
  } catch (error) {
    const seen = typeof error === "object" && error !== null && reported.has(error);
    if (typeof error === "object" && error !== null) reported.add(error);
    const onPage = interpreter ? errorsOnPage(interpreter.config) : true;
    // At the end of the body, as PyScript puts it, whatever the script's place or output.
    if (!seen) showError(null, pythonTraceback(error) ?? errorText(error), context, onPage);
  } finally {
    dispatchScriptEvent(element, "done", type === "micropython", { wrap });
  }
}
