import { withoutWrapperFrames, type Engine, type EngineLoader } from "./engine";
import { keepBorrowedCallables, type PyodideInternals } from "./pyodide-borrowed-callables";
import { pyodideFileUrl } from "./pyodide-files";
import { sharedEngineMethods, type InterpreterApi } from "./shared-api";

/** The slice of Pyodide's API we use; its own .d.ts is not importable from a URL-loaded module. */
type PyodideApi = InterpreterApi & {
  version: string;
  runPython(code: string, options?: { filename?: string }): unknown;
  runPythonAsync(code: string, options?: { filename?: string }): Promise<unknown>;
  setInterruptBuffer(buffer: Int32Array): void;
  canvas: { setCanvas2D(canvas: HTMLCanvasElement): void };
  setDebug(debug: boolean): boolean;
  _module?: Partial<PyodideInternals>;
};
type PyodideModule = { loadPyodide(options: Record<string, unknown>): Promise<PyodideApi> };
type PyProxyLike = { toJs(options: { dict_converter: typeof Object.fromEntries }): unknown };

async function fetchSnapshot(runtimeBase: string): Promise<ArrayBuffer> {
  const response = await fetch(pyodideFileUrl(runtimeBase, "pyodide-snapshot.bin"));
  if (!response.ok) throw new Error(`Pyodide snapshot: HTTP ${response.status}`);
  return response.arrayBuffer();
}

/**
 * Modules imported from our archive's bytecode (interpreters/pyodide-files.ts) name the .pyc as their file,
 * zipimport's doing; from Pyodide's own archive they name the source, and code that reads `__file__` (or the
 * differential suite) expects that.
 */
const sourceFileNames = `
import sys, importlib.util
for _module in list(sys.modules.values()):
    _file = getattr(_module, "__file__", None)
    if isinstance(_file, str) and _file.endswith(".pyc") and ".zip/" in _file:
        _module.__file__ = _module.__spec__.origin = _file[:-1]
        _module.__cached__ = _module.__spec__.cached = importlib.util.cache_from_source(_file[:-1])
del _module, _file
`;

export const loadPyodideEngine: EngineLoader = async (options) => {
  // Loaded by URL, not bundled: pages that only use MicroPython never pay for it.
  const runtimeBase = new URL("../", options.assetBase).href;
  const snapshot = options.pyodideSnapshot ? fetchSnapshot(runtimeBase) : null;
  const module = (await import(/* @vite-ignore */ `${options.assetBase}pyodide.mjs`)) as PyodideModule;
  const settings = {
    indexURL: options.assetBase,
    stdLibURL: pyodideFileUrl(runtimeBase, snapshot ? "pyodide/python_stdlib.zip" : "pyodide-stdlib.zip"),
    stdout: options.stdout,
    stderr: options.stderr,
    ...(options.stdin ? { stdin: options.stdin } : {}),
  };
  // The snapshot is handed over still downloading: Pyodide fetches and compiles its wasm meanwhile.
  const pyodide = snapshot
    ? await module.loadPyodide({ ...settings, _loadSnapshot: snapshot }).catch((error: unknown) => {
        console.warn("Pyodide snapshot unusable, starting from scratch:", error);
        return module.loadPyodide(settings);
      })
    : await module.loadPyodide(settings);
  // Only a fresh start reads our archive; a restore's modules came from Pyodide's own.
  if (!snapshot) pyodide.runPython(sourceFileNames);
  const sitePackages = String(pyodide.runPython("import site; site.getsitepackages()[0]"));
  const engine: Engine = {
    type: "pyodide",
    version: String(pyodide.runPython("import sys; sys.version")),
    release: pyodide.version,
    sitePackages,
    run: (code, filename) => pyodide.runPython(code, filename ? { filename } : undefined),
    runAsync: (code, filename) =>
      pyodide
        .runPythonAsync(code, { filename })
        .catch((error: unknown) => Promise.reject(withoutWrapperFrames(error, (file) => file.endsWith("/_pyodide/_base.py")))),
    ...sharedEngineMethods(pyodide),
    toJs: (value) =>
      value && typeof (value as PyProxyLike).toJs === "function"
        ? (value as PyProxyLike).toJs({ dict_converter: Object.fromEntries })
        : value,
    setInterruptBuffer(buffer) {
      pyodide.setInterruptBuffer(buffer);
      return true;
    },
    useCanvas: (canvas) => pyodide.canvas.setCanvas2D(canvas),
    setDebug(on) {
      pyodide.setDebug(on);
      return true;
    },
    keepCallablesPassedToJs: () => keepBorrowedCallables(pyodide._module),
  };
  return engine;
};
