// micropython.mjs (MicroPython's PyScript build) makes its own Emscripten module object from a fixed set of
// options, so the runtime cannot hand it an `instantiateWasm`, Emscripten's hook for a caller that compiles
// the wasm itself. The runtime compiles it while micropython.mjs is still loading and setting up, which takes
// about 25 ms off a warm start (lib/runtime/interpreters/micropython.ts). This passes that one option through;
// without it the module instantiates the wasm as before. The build fails if the code it patches changed.
const original = "let Module={locateFile:(path,scriptDirectory)=>url||scriptDirectory+path};";
const replacement = `${original}options.instantiateWasm&&(Module.instantiateWasm=options.instantiateWasm);`;

/** micropython.mjs's source with `loadMicroPython({ instantiateWasm })` passed to Emscripten. */
export function patchMicroPythonModule(source) {
  if (source.split(original).length !== 2) throw new Error("micropython.mjs: loadMicroPython's module object changed; review scripts/micropython-module-patch.mjs");
  return source.replace(original, replacement);
}
