import { engineForScriptType, type EngineType } from "../../interpreters/engine";
import type { PyConfig } from "../../main/config";
import type { JsApiHost } from "./host";

/** `type` as PyScript's JavaScript APIs take it: "py"/"pyodide" or "mpy"/"micropython"; `api` names the caller in errors. */
export function engineTypeOf(type: string | undefined, api: string): EngineType {
  const engine = engineForScriptType[type ?? "py"];
  if (!engine) throw new TypeError(`${api}: type must be "py", "pyodide", "mpy" or "micropython", not ${JSON.stringify(type)}`);
  return engine;
}

/** A config given as an object or a string (inline JSON/TOML, or a URL), else the page's config for that type. */
export function configOf(config: Record<string, unknown> | string | undefined, type: EngineType, host: JsApiHost): Promise<PyConfig> {
  if (config === undefined || config === null) return host.context.config(type);
  return host.parseConfig(typeof config === "string" ? config : JSON.stringify(config), document.baseURI);
}

/** A Python exception the glue caught, as the rejection a JavaScript caller gets. */
export function pythonError(failure: { type?: string; message?: string; traceback: string }): Error {
  const error = new Error(failure.message ?? failure.traceback);
  if (failure.type) error.name = failure.type;
  return Object.assign(error, { traceback: failure.traceback });
}
