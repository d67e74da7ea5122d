/**
 * The one interface both interpreters sit behind, on the main thread and in workers alike.
 * Everything above this file (main/, worker/) is engine-agnostic.
 */
export type EngineType = "pyodide" | "micropython";

/** How messages and labels name each interpreter. */
export const engineName: Record<EngineType, string> = { pyodide: "Pyodide", micropython: "MicroPython" };

/** PyScript's script types and `type=` names map onto our two engines. */
export const engineForScriptType: Record<string, EngineType> = {
  py: "pyodide",
  pyodide: "pyodide",
  mpy: "micropython",
  micropython: "micropython",
};

export type EngineOptions = {
  /** Absolute URL of the folder that holds this engine's files (`/_runtime/<hash>/<engine>/`). */
  assetBase: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Pyodide: restore the build's heap snapshot (interpreters/pyodide-files.ts) instead of starting afresh. */
  pyodideSnapshot?: boolean;
  /** Line-based stdin for `input()` (workers answer it over Atomics); absent means EOF. Pyodide only for now. */
  stdin?: () => string | null;
};

/** Loads one interpreter; interpreters/load.ts picks the module by type. */
export type EngineLoader = (options: EngineOptions) => Promise<Engine>;

export interface Engine {
  readonly type: EngineType;
  /** e.g. "3.13.2 (main, …)" for Pyodide, "3.4.0; MicroPython v1.27.0" for MicroPython. */
  readonly version: string;
  /** The interpreter's own release, as config `interpreter` names it: "0.28.0" (Pyodide), "1.27.0" (MicroPython). */
  readonly release: string;
  /**
   * Runs code that may use top-level await, compiled under `filename` (the name its traceback shows);
   * resolves once it has finished.
   */
  runAsync(code: string, filename: string): Promise<unknown>;
  /** Runs code synchronously (no top-level await). */
  run(code: string, filename?: string): unknown;
  /** Makes a JS object importable from Python as `name`. */
  registerJsModule(name: string, module: object): void;
  /** Writes a file into the interpreter's virtual file system, creating folders. */
  writeFile(path: string, data: Uint8Array | string): void;
  /** Creates a folder and its parents in the virtual file system. */
  makeFolder(path: string): void;
  /** Reads a file of the virtual file system; throws if there is none. */
  readFile(path: string): Uint8Array;
  /** Reads a global of the interpreter's `__main__`. */
  getGlobal(name: string): unknown;
  setGlobal(name: string, value: unknown): void;
  /** Converts a Python object to a plain JS value (dicts to objects, lists to arrays). */
  toJs(value: unknown): unknown;
  /** Folder on `sys.path` where pure-Python wheels are unpacked. */
  readonly sitePackages: string;
  /** Pyodide: KeyboardInterrupt when `buffer[0]` becomes 2. Returns false where unsupported (MicroPython). */
  setInterruptBuffer(buffer: Int32Array): boolean;
  /** Config `debug`: Pyodide's debug mode (fuller FFI error messages). Returns false where there is none (MicroPython). */
  setDebug(on: boolean): boolean;
  /**
   * Config `experimental_create_proxy = "auto"`: a Python callable passed to a JavaScript function lives
   * while JavaScript holds it (interpreters/pyodide-borrowed-callables.ts). Returns false where nothing changes.
   */
  keepCallablesPassedToJs(): boolean;
  /**
   * MicroPython only: starts its interactive REPL in the interpreter's `__main__`. From then on everything it
   * prints goes to `write` as it comes (no line buffering). Returns the function that feeds it typed keys.
   */
  startRepl?(write: (text: string) => void): (keys: string) => void;
  /** Pyodide only: the canvas SDL draws on, so pygame-ce renders into the page. */
  useCanvas?(canvas: HTMLCanvasElement): void;
}

/**
 * Both interpreters throw a JS error named "PythonError" whose message is the formatted traceback;
 * this returns that text, or null for any other error (a bug of ours, a network failure...).
 */
export function pythonTraceback(error: unknown): string | null {
  return error instanceof Error && error.name === "PythonError" ? error.message : null;
}

/**
 * Each engine runs a script through some code of its own (Pyodide's `eval_code_async`, our `compile` call on
 * MicroPython), whose frames would head every traceback. This drops those leading frames from a PythonError,
 * so the first frame a person reads is their own script; any other error is returned untouched.
 */
export function withoutWrapperFrames<E>(error: E, isWrapperFile: (file: string) => boolean): E {
  if (pythonTraceback(error) === null) return error;
  const lines = (error as Error).message.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    kept.push(lines[i]!);
    if (lines[i] !== "Traceback (most recent call last):") continue;
    for (let file = frameFile(lines[i + 1]); file !== null && isWrapperFile(file); file = frameFile(lines[i + 1])) {
      i++;
      // A frame's own lines (source, carets, "...<10 lines>...") are indented deeper than its File line.
      while (lines[i + 1]?.startsWith("    ")) i++;
    }
  }
  (error as Error).message = kept.join("\n");
  return error;
}

function frameFile(line: string | undefined): string | null {
  return line ? (/^ {2}File "(.*)", line \d+/.exec(line)?.[1] ?? null) : null;
}
