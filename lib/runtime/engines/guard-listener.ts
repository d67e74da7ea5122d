type Listener = (...args: unknown[]) => unknown;

/**
 * An event listener that calls Python. MicroPython (the PyScript build we ship) lets a JavaScript exception
 * thrown by a JS call unwind straight through the interpreter, past Python's `except`: inside a listener it
 * would end up as an uncaught page error nobody sees. Caught here and reported like any error in a handler;
 * the next event still works. (Pyodide turns it into a Python JsException, reported by Python itself.)
 */
export function guardListener(listener: Listener, report: (error: unknown) => void): Listener {
  return (...args) => {
    try {
      return listener(...args);
    } catch (error) {
      report(error);
      return undefined;
    }
  };
}
