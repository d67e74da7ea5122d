/**
 * Config `experimental_create_proxy = "auto"` on Pyodide. When Python calls a JavaScript function with a
 * Python callable, Pyodide makes a *borrowed* proxy of it and destroys it when the call returns (or when the
 * promise it returned settles), so a listener or timer that JavaScript keeps fails later with "This borrowed
 * proxy was automatically destroyed". With the flag, a callable's borrowed proxy is not destroyed there:
 * it is handed to Pyodide's FinalizationRegistry, as `create_proxy` does, so it lives while JavaScript
 * holds it and the Python function is released once JavaScript's garbage collector drops it.
 *
 * Trade-offs: a callable JavaScript only used during the call (`array.map(f)`) lives until the next
 * collection instead of ending with the call; and, as with `create_proxy`, a function whose closure holds
 * the very object that holds the function (a cycle across the two heaps) is never collected. Only callables
 * are kept: other borrowed values (lists, dicts passed as proxies) keep Pyodide's rule.
 *
 * Pyodide has no public switch for this, so it is done at the one place where borrowed proxies end: its
 * internal `pyproxy_destroy`, called with the reason. `force` is set for explicit `destroy()` calls, which
 * keep working. Tied to the Pyodide release we ship; its unit test and e2e/runtime/config-flags.spec.ts fail if that changes.
 */

type SharedProxyState = { gcRegistered?: boolean };
/** The slice of Pyodide's internal module (`pyodide._module`) this relies on. */
export type PyodideInternals = {
  pyproxy_destroy(proxy: unknown, message: string | undefined, force: boolean): void;
  gc_register_proxy(shared: SharedProxyState): void;
  PyProxy_getAttrs(proxy: unknown): { shared: SharedProxyState };
};

const borrowEnded = "This borrowed proxy was automatically destroyed";

export function keepBorrowedCallables(internals: Partial<PyodideInternals> | undefined): boolean {
  const { pyproxy_destroy: destroy, gc_register_proxy: register, PyProxy_getAttrs: attributes } = internals ?? {};
  if (!internals || !destroy || !register || !attributes) {
    console.warn('experimental_create_proxy = "auto" is not supported by this Pyodide release: use create_proxy');
    return false;
  }
  internals.pyproxy_destroy = (proxy, message, force) => {
    if (force || typeof proxy !== "function" || !message?.startsWith(borrowEnded)) return destroy(proxy, message, force);
    const { shared } = attributes(proxy);
    if (!shared.gcRegistered) register(shared);
  };
  return true;
}
