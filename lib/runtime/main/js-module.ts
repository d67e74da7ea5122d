import { loadIndexedPackages } from "../packages/apply-config";
import type { Engine } from "../interpreters/engine";
import { importModules, jsModuleMissing, type JsModuleTable } from "../ffi/js-modules";
import type { PyConfig } from "./config";
import type { RuntimeContext } from "./context";
import { errorsOnPage, showError } from "./errors";
import { mainWorkersApi } from "./workers";

type MainModuleOptions = {
  context: RuntimeContext;
  engine: Engine;
  config: PyConfig;
  jsModules: JsModuleTable;
  currentTarget: () => string;
};

/**
 * The main thread's `_pyscript_js` module, which the Python `pyscript` package reads (seams (b)).
 * The config travels as JSON so both engines turn it into plain dicts.
 */
export function mainJsModule({ context, engine, config, jsModules, currentTarget }: MainModuleOptions): object {
  const onPage = errorsOnPage(config);
  return {
    RUNNING_IN_WORKER: false,
    window: globalThis,
    document,
    sync: null,
    config_json: JSON.stringify(config),
    current_target: currentTarget,
    // Python's pyscript._errors.report: exceptions from event handlers and tasks, with their traceback.
    report_error: (traceback: string) => showError(null, traceback, context, onPage),
    js_module: (name: string) => jsModules.get(name) ?? null,
    js_module_missing: (name: string) => jsModuleMissing(name, config.js_modules, "main"),
    js_import: (urls: unknown) => importModules(engine.toJs(urls) as string[], document.baseURI),
    load_packages: (names: unknown) => loadIndexedPackages(engine, engine.toJs(names) as string[], context.assetBase),
    ...mainWorkersApi(context),
  };
}
