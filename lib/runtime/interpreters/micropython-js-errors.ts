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
 *
 * An awaited promise that rejects already raises in Python (MicroPython's own `jsffi.JsException`); the
 * rejection reason is swapped for the same exception as above, so both read alike.
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

def exception_for(error, name, message, python_type):
    kind = getattr(builtins, python_type, None) if python_type else None
    if isinstance(kind, type) and issubclass(kind, BaseException):
        return kind(message) if message else kind()
    if python_type:
        return JsException(error, name, "%s: %s" % (python_type, message) if message else python_type)
    return JsException(error, name, message)

def arm(error, name, message, python_type):
    thrower = _raise_pending()
    thrower.pend_throw(exception_for(error, name, message, python_type))
    _Raiser.__iter__ = thrower.close

_pysandbox_js_errors.exception_for = exception_for
_pysandbox_js_errors.arm = arm
_pysandbox_js_errors.raiser = _Raiser()
`;

/** Python functions of the raiser, called with the JS error and what `describe` says of it. */
type FromJsError<R> = (error: unknown, name: string, message: string, pythonType: string | null) => R;
type Bridge = { exception_for?: FromJsError<unknown>; arm?: FromJsError<void>; raiser?: { _ref: number } };
type Raising = {
  /** Raises the Python exception for a JS error in the Python code running now (longjmps, never returns). */
  raise(error: unknown): void;
  /** The Python exception for a JS error, as a JS value that becomes that exception again in Python. */
  exception(error: unknown): unknown;
};
/** The raiser, made on first need; null while the interpreter is still loading. */
type RaisingNow = () => Raising | null;

/** Loads MicroPython (through `load`, which calls `loadMicroPython`) so that JS exceptions raise in Python. */
export async function loadRaisingJsErrors<M extends RaisingMicroPython>(load: () => Promise<M>): Promise<M> {
  let mp: M | null = null;
  let raising: Raising | null = null;
  // Made at the first JS error or rejected await, not at start-up: most pages never need it.
  const raisingNow: RaisingNow = () => (mp ? (raising ??= startRaising(mp)) : null);
  mp = await whileInstantiating((imports) => withRaisingImports(imports, raisingNow), load);
  return mp;
}

function startRaising(mp: RaisingMicroPython): Raising {
  const bridge: Bridge = {};
  mp.registerJsModule("_pysandbox_js_errors", bridge);
  // Its own namespace: nothing lands in the user's `__main__`.
  mp.runPython(`exec(${JSON.stringify(raiserSource)}, {})`);
  const { exception_for, arm, raiser } = bridge as Required<Bridge>;
  return {
    raise(error) {
      const { name, message, pythonType } = describe(error);
      arm(error, name, message, pythonType);
      mp._module.ccall("proxy_c_to_js_get_iter", "number", ["number"], [raiser._ref]);
    },
    exception(error) {
      const { name, message, pythonType } = describe(error);
      return exception_for(error, name, message, pythonType);
    },
  };
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

function withRaisingImports(imports: Imports, raisingNow: RaisingNow): Imports {
  const env = { ...imports.env };
  if (typeof env.js_then_continue === "function") env.js_then_continue = rejectingWithPythonExceptions(env.js_then_continue as Import, raisingNow);
  for (const name of callingImports) {
    const original = env[name];
    if (typeof original !== "function") continue;
    env[name] = function (this: unknown, ...args: unknown[]): unknown {
      try {
        return original.apply(this, args);
      } catch (error) {
        // A number is a longjmp: a Python exception already on its way to an `except`.
        const raising = typeof error === "number" ? null : raisingNow();
        if (!raising) throw error;
        raising.raise(error);
        throw error; // not reached: raise() longjmps
      }
    };
  }
  return { ...imports, env };
}

type Import = (...args: unknown[]) => unknown;
type Thenable = { then(resolved: (value: unknown) => unknown, rejected: (reason: unknown) => unknown): unknown };

/**
 * `js_then_continue(ref, …)` is how Python awaits a JS thenable: it calls `proxy_js_ref[ref].then(…)` at once,
 * and a reason it rejects with is raised in the coroutine (a Python exception as itself). During that call
 * the table entry is a thenable whose reasons are our Python exceptions (null and undefined included, which
 * MicroPython would otherwise take for a value); the entry is put back right after.
 */
function rejectingWithPythonExceptions(original: Import, raisingNow: RaisingNow): Import {
  return function (this: unknown, ref: unknown, ...rest: unknown[]) {
    const refs = (globalThis as unknown as { proxy_js_ref: unknown[] }).proxy_js_ref;
    const awaited = refs[ref as number] as Thenable;
    refs[ref as number] = {
      // Settles after the interpreter has loaded, so the raiser can be made here.
      then: (resolved, rejected) => awaited.then(resolved, (reason) => rejected(raisingNow()!.exception(reason))),
    } satisfies Thenable;
    try {
      return original.call(this, ref, ...rest);
    } finally {
      refs[ref as number] = awaited;
    }
  };
}

/**
 * What the Python exception says. A `PythonError` is a Python exception that left a Python function called
 * from JavaScript (e.g. a callback of `Array.map`): MicroPython keeps only its type name and printed
 * traceback, so a built-in type is raised again as itself with its message.
 */
function describe(error: unknown): { name: string; message: string; pythonType: string | null } {
  // typeof, not instanceof: an error from another realm (an iframe) is no instance of this realm's Object.
  if (typeof error !== "object" || error === null || !("name" in error)) return { name: "Error", message: String(error), pythonType: null };
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
