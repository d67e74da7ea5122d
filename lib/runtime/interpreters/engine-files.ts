import type { EngineType } from "./engine";

/**
 * Files each interpreter asks for on the page, besides those that depend on how Pyodide starts
 * (pyodide-files.ts), in the order it asks; paths relative to the runtime folder. The interpreter's loader
 * only discovers most of them after its own module has loaded, so they are announced up front: by the
 * preview server in the page's `Link` header, and by main/preload.ts when the interpreter is created.
 */
export const engineFiles: Record<EngineType, { modules: readonly string[]; fetches: readonly string[] }> = {
  micropython: { modules: ["micropython/micropython.mjs"], fetches: ["micropython/micropython.wasm"] },
  pyodide: {
    modules: ["pyodide/pyodide.mjs", "pyodide/pyodide.asm.mjs"],
    fetches: ["pyodide/pyodide.asm.wasm", "pyodide/pyodide-lock.json"],
  },
};
