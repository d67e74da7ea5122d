import { pythonTraceback } from "../interpreters/engine";
import { isIntrospection } from "./python-module";
import { postToPage } from "./scope";

type Callable = (...args: unknown[]) => unknown;

/**
 * Wraps a Python function the page can call (`sync.name = fn` or `__export__`): a Python exception is
 * shown on the page with the worker's traceback, and still rejects the page's awaiting call.
 * `toJs` turns what Python returns into a value the structured clone can carry.
 */
export function exposeToPage(fn: Callable, where: "sync" | "export", toJs: (value: unknown) => unknown): Callable {
  return async (...args) => {
    clearInterrupt();
    try {
      return toJs(await fn(...args));
    } catch (error) {
      const traceback = pythonTraceback(error);
      if (traceback !== null) postToPage({ kind: "pysandbox:error", traceback, where });
      throw error;
    } finally {
      clearInterrupt();
    }
  };
}

let interruptBuffer: Int32Array<ArrayBufferLike> | null = null;

/**
 * The page's `stop` during a call sets the interrupt buffer; if the call ended first, the flag must not
 * land in whatever Python runs next, so each call starts and ends with it cleared.
 */
export function useInterruptBuffer(buffer: Int32Array<ArrayBufferLike>): void {
  interruptBuffer = buffer;
}

function clearInterrupt(): void {
  if (interruptBuffer) Atomics.store(interruptBuffer, 0, 0);
}

/**
 * The worker's `sync`: reading `sync.name` gives the page's function (synchronous when the channel is),
 * assigning `sync.name = fn` exposes a Python function the page awaits. `refused`: why the worker may not
 * call the page (config `sync_main_only`), raised on reading a name; null to allow it.
 */
export function createSyncNamespace(proxy: Record<string, Callable>, toJs: (value: unknown) => unknown, refused: string | null): object {
  return new Proxy(
    {},
    {
      get(_, name) {
        if (typeof name !== "string" || name === "then") return undefined;
        if (!refused) return proxy[name];
        if (isIntrospection(name)) return undefined;
        throw new Error(refused);
      },
      set(_, name, fn: unknown) {
        if (typeof name !== "string" || typeof fn !== "function") return false;
        proxy[name] = exposeToPage(fn as Callable, "sync", toJs);
        return true;
      },
    },
  );
}
