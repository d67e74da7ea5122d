/**
 * Makes a JavaScript exception thrown by a JS call from MicroPython a Python exception that `except` catches.
 *
 * Why this is needed: MicroPython (1.27, the PyScript build) calls JavaScript through wasm imports (`call1`,
 * `lookup_attr`, `js_get_iter`…) that catch nothing, so a JS error thrown there unwinds through the
 * interpreter's wasm frames and every `try/except` in them, out of the whole script.
 *
 * How: while `loadMicroPython` instantiates its wasm, those imports are swapped for wrappers that catch a JS
 * error and raise a Python exception in its place. MicroPython raises Python exceptions with Emscripten's
 * JavaScript longjmp (it throws a number, caught by the wasm frames of the nearest `try`); a wrapper can start
 * one by calling back into the interpreter through an export that raises without catching:
 * `proxy_c_to_js_get_iter(ref)` is `iter(obj)`, and `iter()` of the raiser below raises the exception it was
 * armed with. That longjmp leaves the export, passes through the wrapper (which rethrows numbers untouched)
 * and lands in the Python code that made the JS call, where `except` takes it as any other exception.
 */

/** The slice of the MicroPython API this needs (micropython.mjs has no types). */
export type RaisingMicroPython = {
  registerJsModule(name: string, module: object): void;
  runPython(code: string): unknown;
  _module: { ccall(name: string, returnType: string, argTypes: string[], args: unknown[]): unknown };
};

/**
 * The imports that run arbitrary JavaScript for Python code: calls, `new`, attributes, items, iteration. Each
 * is called only by a Python operation on a JS object, so the code that made the JS call is what catches.
 */
const callingImports = [
  "call0",
  "call0_kwarg",
  "call1",
  "call2",
  "calln",
  "calln_kwarg",
  "js_reflect_construct",
  "lookup_attr",
  "store_attr",
  "has_attr",
  "js_subscr_load",
  "js_subscr_store",
  "js_get_iter",
  "js_iter_next",
] as const;

/**
 * `pend_throw` makes the next resumption of a generator raise the given exception; `close()` resumes it.
 * The generator's first instruction is a bare `raise`, where MicroPython adds no traceback entry, and
 * `close` is native: so the exception reaches the user's code with no frame of ours in its traceback.
 */
const raiserSource = `
import builtins, jsffi, _pysandbox_js_errors

class JsException(jsffi.JsException):
    """A JavaScript error thrown by a JS call; args are (error, name, message), as jsffi.JsException's."""

    def __str__(self):
        return "%s: %s" % (self.args[1], self.args[2])

    # MicroPython prints an exception of a Python class in a traceback with its repr.
    def __repr__(self):
        return "JsException: " + str(self)

def _raise_pending():
    raise
    yield

class _Raiser:
    pass

def arm(error, name, message, python_type):
    kind = getattr(builtins, python_type, None) if python_type else None
    if isinstance(kind, type) and issubclass(kind, BaseException):
        exception = kind(message) if message else kind()
    elif python_type:
        exception = JsException(error, name, "%s: %s" % (python_type, message) if message else python_type)
    else:
        exception = JsException(error, name, message)
    thrower = _raise_pending()
    thrower.pend_throw(exception)
    _Raiser.__iter__ = thrower.close

_pysandbox_js_errors.arm = arm
_pysandbox_js_errors.raiser = _Raiser()
`;

type Armer = (error: unknown, name: string, message: string, pythonType: string | null) => void;
type Bridge = { arm?: Armer; raiser?: { _ref: number } };
type Raise = (error: unknown) => void;

/** Loads MicroPython (through `load`, which calls `loadMicroPython`) so that JS exceptions raise in Python. */
export async function loadRaisingJsErrors<M extends RaisingMicroPython>(load: () => Promise<M>): Promise<M> {
  const raising: { raise: Raise | null } = { raise: null };
  const mp = await whileInstantiating((imports) => withRaisingImports(imports, raising), load);
  const bridge: Bridge = {};
  mp.registerJsModule("_pysandbox_js_errors", bridge);
  // Its own namespace: nothing lands in the user's `__main__`.
  mp.runPython(`exec(${JSON.stringify(raiserSource)}, {})`);
  const { arm, raiser } = bridge as Required<Bridge>;
  raising.raise = (error) => {
    const { name, message, pythonType } = describe(error);
    arm(error, name, message, pythonType);
    mp._module.ccall("proxy_c_to_js_get_iter", "number", ["number"], [raiser._ref]);
  };
  return mp;
}

type Imports = WebAssembly.Imports;

/**
 * Runs `load` with WebAssembly's instantiation functions passing MicroPython's imports through `rewrite`.
 * Only an imports object with MicroPython's `env.js_get_iter` is touched (Pyodide may load at the same time
 * on the page), and the originals are back as soon as `load` settles. Loads are queued, so two never overlap.
 */
let queue: Promise<unknown> = Promise.resolve();
function whileInstantiating<T>(rewrite: (imports: Imports) => Imports, load: () => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    const { instantiate, instantiateStreaming } = WebAssembly;
    const rewritten = (imports: Imports | undefined) => (imports?.env && "js_get_iter" in imports.env ? rewrite(imports) : imports);
    // Called as micropython.mjs calls them: a wasm binary (or a response) and its imports.
    WebAssembly.instantiate = ((source: BufferSource, imports?: Imports) => instantiate(source, rewritten(imports))) as typeof instantiate;
    WebAssembly.instantiateStreaming = (source, imports) => instantiateStreaming(source, rewritten(imports));
    try {
      return await load();
    } finally {
      WebAssembly.instantiate = instantiate;
      WebAssembly.instantiateStreaming = instantiateStreaming;
    }
  };
  const result = queue.then(run);
  queue = result.catch(() => undefined);
  return result;
}

function withRaisingImports(imports: Imports, raising: { raise: Raise | null }): Imports {
  const env = { ...imports.env };
  for (const name of callingImports) {
    const original = env[name];
    if (typeof original !== "function") continue;
    env[name] = function (this: unknown, ...args: unknown[]): unknown {
      try {
        return original.apply(this, args);
      } catch (error) {
        // A number is a longjmp: a Python exception already on its way to an `except`.
        if (typeof error === "number" || !raising.raise) throw error;
        raising.raise(error);
        throw error; // not reached: raise() longjmps
      }
    };
  }
  return { ...imports, env };
}

/**
 * What the Python exception says. A `PythonError` is a Python exception that left a Python function called
 * from JavaScript (e.g. a callback of `Array.map`): MicroPython keeps only its type name and printed
 * traceback, so a built-in type is raised again as itself with its message.
 */
function describe(error: unknown): { name: string; message: string; pythonType: string | null } {
  if (!(error instanceof Object) || !("name" in error)) return { name: "Error", message: String(error), pythonType: null };
  const name = String(error.name);
  const message = "message" in error ? String(error.message) : "";
  if (name !== "PythonError" || !("type" in error) || typeof error.type !== "string") return { name, message, pythonType: null };
  const printed = withoutTraceback(message);
  const type = error.type;
  return { name, message: printed === type ? "" : printed.startsWith(`${type}: `) ? printed.slice(type.length + 2) : printed, pythonType: type };
}

/** "Traceback (most recent call last):", its indented frame lines, then "Type: message": keeps the last part. */
function withoutTraceback(printed: string): string {
  const lines = printed.trimEnd().split("\n");
  if (lines[0] !== "Traceback (most recent call last):") return printed.trimEnd();
  let first = 1;
  while (lines[first]?.startsWith("  ")) first++;
  return lines.slice(first).join("\n");
}
