// Two changes to micropython.mjs (MicroPython's PyScript build). The build fails if the code either one patches
// has changed, so a new MicroPython release is reviewed here rather than silently left unpatched.
//
// 1. `instantiateWasm`. micropython.mjs makes its own Emscripten module object from a fixed set of options, so
//    the runtime cannot hand it Emscripten's hook for a caller that compiles the wasm itself. The runtime
//    compiles it while micropython.mjs is still loading and setting up, which takes about 25 ms off a warm start
//    (lib/runtime/interpreters/micropython.ts). This passes that one option through; without it the module
//    instantiates the wasm as before.
//
// 2. A cheaper `FS.ErrnoError`. Emscripten's file system throws one for every miss, and misses are its normal
//    path: creating a file first looks it up and catches "no such file", `mkdirTree` catches "exists", an import
//    looks in several folders. A start-up throws about 170 of them. Constructed through Error, they cost about
//    10 ms of a 170 ms warm start (bench/boot.ts's MicroPython page, old and new build alternating); reading the
//    message lazily or capturing no stack saved nothing. Emscripten recognises them by `name` and `errno`; the
//    replacement keeps those and `code`, is still `instanceof Error` (its prototype is), and is built without
//    Error's constructor. Its `message` is read from the wasm only when asked.
const moduleObject = "let Module={locateFile:(path,scriptDirectory)=>url||scriptDirectory+path};";
const errnoError =
  'ErrnoError:class extends Error{name="ErrnoError";constructor(errno){for(var key in super(runtimeInitialized?(errno=>UTF8ToString(_strerror(errno)))(errno):""),this.errno=errno,ERRNO_CODES)if(ERRNO_CODES[key]===errno){this.code=key;break}}}';

const patches = [
  { original: moduleObject, replacement: `${moduleObject}options.instantiateWasm&&(Module.instantiateWasm=options.instantiateWasm);` },
  {
    original: errnoError,
    replacement:
      'ErrnoError:(()=>{class ErrnoError{name="ErrnoError";constructor(errno){this.errno=errno;for(var key in ERRNO_CODES)if(ERRNO_CODES[key]===errno){this.code=key;break}}' +
      'get message(){return runtimeInitialized?UTF8ToString(_strerror(this.errno)):""}}' +
      "Object.setPrototypeOf(ErrnoError.prototype,Error.prototype);return ErrnoError})()",
  },
];

/** micropython.mjs's source with `loadMicroPython({ instantiateWasm })` passed to Emscripten and a cheap FS.ErrnoError. */
export function patchMicroPythonModule(source) {
  return patches.reduce((patched, { original, replacement }) => {
    if (patched.split(original).length !== 2) throw new Error("micropython.mjs: the code this patches changed; review scripts/micropython-module-patch.mjs");
    return patched.replace(original, replacement);
  }, source);
}
