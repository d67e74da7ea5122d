import type { WorkerHandle } from "./spawn";

type Callable = (...args: unknown[]) => unknown;

const terminatedError = (name: string): Error =>
  new Error(`This worker was terminated: ${name}() cannot be called any more`);

/**
 * Calls a function the worker exposed. Arguments arrive as plain JS: pyscript/workers_impl.py converts Python
 * values with its engine's `to_js` before calling, and converts what Python functions return.
 */
export function callWorker(handle: WorkerHandle, name: string, args: unknown[]): Promise<unknown> {
  if (handle.terminated) return Promise.reject(terminatedError(name));
  const fn = handle.proxy[name];
  if (!fn) return Promise.reject(new Error(`The worker has no function ${name}`));
  return handle.call(fn, args);
}

/**
 * The page's side of a worker's `pyscript.sync` (a PyWorker's `sync`, an onWorker hook's `xworker.sync`):
 * reading `sync.name` gives an async function calling what the worker's Python assigned to `sync.name`;
 * assigning `sync.name = fn` hands `fn` to `expose`, after which the worker's Python can call `sync.name(...)`.
 */
export function pageSyncNamespace(
  handle: Promise<WorkerHandle>,
  expose: (name: string, fn: Callable) => void,
): Record<string, unknown> {
  return new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === "string" && name !== "then"
          ? async (...args: unknown[]) => callWorker(await handle, name, args)
          : undefined,
      set(_, name, fn: unknown) {
        if (typeof name !== "string" || typeof fn !== "function") return false;
        expose(name, fn as Callable);
        return true;
      },
    },
  );
}
