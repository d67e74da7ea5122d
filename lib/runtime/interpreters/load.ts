import { engineName, type Engine, type EngineOptions, type EngineType } from "./engine";
import { InterpreterError } from "./interpreter-key";
import { loadMicroPythonEngine } from "./micropython";
import { loadPyodideEngine } from "./pyodide";
import { installPyscriptPackage } from "../python/install";

const loaders = { pyodide: loadPyodideEngine, micropython: loadMicroPythonEngine } as const;

/** `runtimeBase` is `/_runtime/<hash>/` (absolute); each engine's files live in a folder named after it. */
export function engineAssetBase(runtimeBase: string, type: EngineType): string {
  return `${runtimeBase}${type}/`;
}

/** Loads an interpreter and writes the `pyscript` package into it; works in a page and in a Worker. */
export async function loadEngine(type: EngineType, options: EngineOptions): Promise<Engine> {
  const engine = await loaders[type](options).catch((error: unknown) => {
    // "Failed to fetch" alone does not say what failed: the page names the interpreter that could not start
    // (an Error reads "TypeError: Failed to fetch" as a string).
    throw new InterpreterError(`${engineName[type]} could not load: ${String(error)}`, { cause: error });
  });
  // The engine folder is `<runtime>/<engine>/`: the on-demand Python modules live in `<runtime>/python/`.
  installPyscriptPackage(engine, new URL("../", options.assetBase).href);
  return engine;
}
