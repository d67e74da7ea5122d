import type { Engine, EngineLoader } from "./engine";

/** The slice of the MicroPython PyScript-variant API we use (micropython.mjs has no types). */
type MicroPythonApi = {
  FS: { mkdirTree(path: string): void; writeFile(path: string, data: Uint8Array | string): void };
  globals: { get(name: string): unknown; set(name: string, value: unknown): void };
  runPython(code: string): unknown;
  pyimport(name: string): Record<string, unknown>;
  runPythonAsync(code: string): Promise<unknown> | unknown;
  registerJsModule(name: string, module: object): void;
  PyProxy: { toJs(value: unknown): unknown };
};
type MicroPythonModule = { loadMicroPython(options: Record<string, unknown>): Promise<MicroPythonApi> };

export const loadMicroPythonEngine: EngineLoader = async (options) => {
  const module = (await import(/* @vite-ignore */ `${options.assetBase}micropython.mjs`)) as MicroPythonModule;
  const mp = await module.loadMicroPython({
    url: `${options.assetBase}micropython.wasm`,
    stdout: options.stdout,
    stderr: options.stderr,
    // The heap starts at 1 MB and grows on demand (checked: 20 MB of objects load fine).
    linebuffer: true,
  });
  const engine: Engine = {
    type: "micropython",
    version: String(mp.pyimport("sys").version),
    sitePackages: "/lib",
    run: (code) => mp.runPython(code),
    // MicroPython compiles top-level await only through its async entry point.
    runAsync: async (code) => mp.runPythonAsync(code),
    registerJsModule: (name, value) => mp.registerJsModule(name, value),
    writeFile(path, data) {
      const folder = path.slice(0, path.lastIndexOf("/"));
      if (folder) mp.FS.mkdirTree(folder);
      mp.FS.writeFile(path, data);
    },
    getGlobal: (name) => mp.globals.get(name),
    setGlobal: (name, value) => mp.globals.set(name, value),
    toJs: (value) => mp.PyProxy.toJs(value),
    setInterruptBuffer: () => false,
  };
  return engine;
};
