import type { Engine } from "./engine";

/** What Pyodide's and MicroPython's JS APIs have in common (both are Emscripten builds of a Python). */
export type InterpreterApi = {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: Uint8Array | string): void; readFile(path: string): Uint8Array };
  globals: { get(name: string): unknown; set(name: string, value: unknown): void };
  registerJsModule(name: string, module: object): void;
};

const utf8 = new TextEncoder();

/** The Engine methods both interpreters implement the same way on that common API. */
export function sharedEngineMethods(api: InterpreterApi): Pick<Engine, "registerJsModule" | "writeFile" | "makeFolder" | "readFile" | "getGlobal" | "setGlobal"> {
  return {
    registerJsModule: (name, value) => api.registerJsModule(name, value),
    writeFile(path, data) {
      // Emscripten encodes a string one character at a time in JS; the browser's encoder is several times faster,
      // which shows at start-up, where the `pyscript` package is written.
      const bytes = typeof data === "string" ? utf8.encode(data) : data;
      // The folder is made only when the write finds it missing: made before every write, each level of it costs
      // Emscripten a lookup and a caught "exists" error, some 70 of them for the package's files at start-up.
      try {
        api.FS.writeFile(path, bytes);
      } catch (error) {
        const folder = path.slice(0, path.lastIndexOf("/"));
        if (!folder) throw error;
        api.FS.mkdirTree(folder);
        api.FS.writeFile(path, bytes);
      }
    },
    makeFolder: (path) => api.FS.mkdirTree(path),
    readFile: (path) => api.FS.readFile(path),
    getGlobal: (name) => api.globals.get(name),
    setGlobal: (name, value) => api.globals.set(name, value),
  };
}
