/** micropython.mjs's source with `loadMicroPython({ instantiateWasm })` passed to Emscripten. */
export function patchMicroPythonModule(source: string): string;
