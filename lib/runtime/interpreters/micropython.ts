import { createByteOutput } from "../ffi/byte-output";
import { withoutWrapperFrames, type Engine, type EngineLoader } from "./engine";
import { loadRaisingJsErrors, type RaisingMicroPython } from "./micropython-js-errors";
import { sharedEngineMethods, type InterpreterApi } from "./shared-api";

/** The slice of the MicroPython PyScript-variant API we use (micropython.mjs has no types). */
type MicroPythonApi = InterpreterApi & RaisingMicroPython & {
  runPython(code: string): unknown;
  pyimport(name: string): Record<string, unknown>;
  runPythonAsync(code: string): Promise<unknown> | unknown;
  PyProxy: { toJs(value: unknown): unknown };
  replInit(): void;
  replProcessChar(code: number): number;
};
type MicroPythonModule = { loadMicroPython(options: Record<string, unknown>): Promise<MicroPythonApi> };

/**
 * MicroPython's async entry point names every chunk of code `<stdin>`; `compile()` takes a file name but refuses
 * top-level await, except while that entry point is compiling. So this line, itself free of `await` (it runs
 * at once, inside the entry point), compiles the script under its own name; `exec` then runs it, or hands back
 * the coroutine of a script that awaits, which the caller drives. One global carries the arguments in and the
 * coroutine out, and is removed again.
 */
const slot = "__pyscript_script__";
const compileAndStart = `${slot} = exec(compile(*${slot}))`;

export const loadMicroPythonEngine: EngineLoader = async (options) => {
  // The wasm compiles while micropython.mjs loads and sets up, instead of after: about 25 ms of a warm start.
  // The request is the one the page's preload announced (same URL, same credentials), so it is read once.
  const compiled = WebAssembly.compileStreaming(fetch(`${options.assetBase}micropython.wasm`, { credentials: "same-origin" }));
  compiled.catch(() => undefined); // when micropython.mjs fails first, its error is the one reported
  const module = (await import(/* @vite-ignore */ `${options.assetBase}micropython.mjs`)) as MicroPythonModule;
  // Raw bytes, split into lines here: the REPL needs its output unbuffered (see byte-output.ts).
  const stdout = createByteOutput(options.stdout);
  const stderr = createByteOutput(options.stderr);
  // Emscripten waits forever on an `instantiateWasm` that fails: a failure rejects the load from here instead.
  let failed: (error: unknown) => void = () => {};
  const failure = new Promise<never>((_, reject) => (failed = reject));
  const mp = await loadRaisingJsErrors(() =>
    Promise.race([
      failure,
      module.loadMicroPython({
        // Served with the build's `instantiateWasm` pass-through (scripts/micropython-module-patch.mjs).
        instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) {
          compiled.then((wasm) => WebAssembly.instantiate(wasm, imports)).then(done, failed);
          return {};
        },
        stdout: (bytes: Uint8Array) => stdout.push(bytes),
        stderr: (bytes: Uint8Array) => stderr.push(bytes),
        // The heap starts at 1 MB and grows on demand (checked: 20 MB of objects load fine).
        linebuffer: false,
      }),
    ]),
  );
  const version = String(mp.pyimport("sys").version);
  const engine: Engine = {
    type: "micropython",
    version,
    // sys.version reads "3.4.0; MicroPython v1.27.0".
    release: /MicroPython v([\w.]+)/.exec(version)?.[1] ?? version,
    sitePackages: "/lib",
    run: (code) => mp.runPython(code),
    async runAsync(code, filename) {
      mp.globals.set(slot, [code, filename, "exec"]);
      try {
        mp.runPythonAsync(compileAndStart);
        await mp.globals.get(slot);
      } catch (error) {
        throw withoutWrapperFrames(error, (file) => file === "<stdin>");
      } finally {
        mp.runPython(`globals().pop("${slot}", None)`);
      }
    },
    ...sharedEngineMethods(mp),
    toJs: (value) => mp.PyProxy.toJs(value),
    setInterruptBuffer: () => false,
    setDebug: () => false,
    // MicroPython's proxies of Python callables already live until JavaScript lets go of them.
    keepCallablesPassedToJs: () => false,
    startRepl(write) {
      for (const output of [stdout, stderr]) output.switchToRaw(write);
      mp.replInit();
      stdout.flush();
      return (keys) => {
        for (const char of keys) mp.replProcessChar(char.codePointAt(0)!);
        stdout.flush();
        stderr.flush();
      };
    },
  };
  return engine;
};
