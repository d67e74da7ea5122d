/** micropython.mjs's source with `loadMicroPython({ instantiateWasm })` passed to Emscripten; throws if that code changed. */
export function patchMicroPythonModule(source: string): string;
