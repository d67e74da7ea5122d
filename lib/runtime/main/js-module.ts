import type { PyConfig } from "./config";
import type { RuntimeContext } from "./context";
import { showError } from "./errors";
import { mainWorkersApi } from "./workers";

/**
 * The main thread's `_pyscript_js` module, which the Python `pyscript` package reads (seams (b)).
 * The config travels as JSON so both engines turn it into plain dicts.
 */
export function mainJsModule(context: RuntimeContext, config: PyConfig, currentTarget: () => string): object {
  return {
    RUNNING_IN_WORKER: false,
    window: globalThis,
    document,
    sync: null,
    config_json: JSON.stringify(config),
    current_target: currentTarget,
    // Python's pyscript._errors.report: exceptions from event handlers and tasks, with their traceback.
    report_error: (traceback: string) => showError(null, traceback, context),
    ...mainWorkersApi(context),
  };
}
