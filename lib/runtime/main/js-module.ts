import type { PyConfig } from "./config";
import type { RuntimeContext } from "./context";
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
    ...mainWorkersApi(context),
  };
}
