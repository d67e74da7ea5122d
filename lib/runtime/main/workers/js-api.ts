import type { RuntimeContext } from "../context";
import { mainWorkersApi } from "./python-api";

/** `new PyWorker(url, { type, config })` in JavaScript: what `worker.sync`, `ready` and `terminate()` act on. */
export type JsWorker = ReturnType<ReturnType<typeof mainWorkersApi>["PyWorker"]>;
export type JsWorkerOptions = { type?: string; config?: string | Record<string, unknown>; async?: boolean };
/** Callable with or without `new`: a function that returns an object gives that object to `new` as well. */
export type JsWorkerConstructor = (url: string, options?: JsWorkerOptions) => JsWorker;

/**
 * core.js's `PyWorker` and `MPWorker` for the page's JavaScript: the same workers as Python's
 * `pyscript.PyWorker` (one machinery, one registry for Stop). `config` may be an object, or a string as
 * Python passes it (inline JSON/TOML or a URL); without one the worker uses the page's config for its type.
 */
export function jsWorkerConstructors(context: RuntimeContext): { PyWorker: JsWorkerConstructor; MPWorker: JsWorkerConstructor } {
  const api = mainWorkersApi(context);
  const start = (url: string, type: string, { config, async }: JsWorkerOptions): JsWorker =>
    api.PyWorker(String(url), type, config === undefined || config === null ? null : typeof config === "string" ? config : JSON.stringify(config), async === true);
  return {
    PyWorker: function PyWorker(url, options = {}) {
      return start(url, options.type ?? "pyodide", options);
    },
    MPWorker: function MPWorker(url, options = {}) {
      return start(url, "micropython", options);
    },
  };
}
