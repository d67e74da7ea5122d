import type { EngineType } from "../../interpreters/engine";
import { parseConfig } from "../config";
import type { RuntimeContext } from "../context";
import { errorText, showError } from "../errors";
import { workerOutputTarget } from "../output";
import { dispatchScriptEvent } from "../script-events";
import { scriptSource } from "../source";
import { createTerminal } from "../terminal";
import { runsAsynchronously } from "../hooks";
import { loadPageJsModules } from "../page-js-modules";
import { pluginEnabled } from "../plugins";
import { serviceWorkerFor, serviceWorkersAllowed } from "./fallback";
import { registerWorker } from "./registry";
import { spawnWorker, WorkerFailure } from "./spawn";

/**
 * A `<script type="py|mpy" worker>` (or `<py-script worker>`): its code runs in a worker of its own.
 * `py:ready`/`py:done` (and `mpy:` ones) fire on the element like main-thread scripts'; the promise settles
 * after `done`, once the worker's top-level code has run or failed.
 */
export function startWorkerScript(element: HTMLElement, type: EngineType, context: RuntimeContext): Promise<void> {
  return (async () => {
    try {
      const { code, filename } = await scriptSource(element);
      // Known before choosing the relay, so a page that may have none does not register one (fallback.ts).
      if (!globalThis.crossOriginIsolated) await serviceWorkersAllowed();
      const ownConfig = element.getAttribute("config");
      const config = ownConfig ? await parseConfig(ownConfig, document.baseURI) : await context.config(type);
      // The worker reaches its `js_modules.main` through the page: loaded there before it boots.
      const pageModules = await loadPageJsModules(config.js_modules?.main);
      const handle = spawnWorker({
        type,
        code,
        filename,
        target: workerOutputTarget(element, type).id,
        config,
        serviceWorker: serviceWorkerFor(element, code, config, pageModules.size > 0),
        errorAnchor: element,
        context,
        asynchronous: runsAsynchronously(element),
        terminal: element.hasAttribute("terminal") && pluginEnabled(config, "py-terminal") ? createTerminal(element, context.assetBase) : null,
      });
      registerWorker(handle, element.getAttribute("name"));
      dispatchScriptEvent(element, "ready", type === "micropython", { worker: true });
      await handle.ready;
    } catch (error) {
      // Worker-side failures were already shown by spawnWorker; this catches ours (source, config).
      if (!(error instanceof WorkerFailure)) showError(element, errorText(error), context);
    } finally {
      // As on the main thread, a failed, stopped or terminated worker script is done too: nothing waits forever.
      dispatchScriptEvent(element, "done", type === "micropython", { worker: true });
    }
  })();
}
