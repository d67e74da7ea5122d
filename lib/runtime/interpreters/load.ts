import type { Engine, EngineOptions, EngineType } from "./engine";
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
  const engine = await loaders[type](options);
  // The engine folder is `<runtime>/<engine>/`: the on-demand Python modules live in `<runtime>/python/`.
  installPyscriptPackage(engine, new URL("../", options.assetBase).href);
  return engine;
}
