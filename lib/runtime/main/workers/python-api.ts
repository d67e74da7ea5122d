import { engineForScriptType, type EngineType } from "../../engines/engine";
import type { RuntimeContext } from "../context";
import { parseConfig } from "../config";
import { errorText, showError } from "../errors";
import { registerWorker, forgetWorker, namedWorker } from "./registry";
import { loadPageJsModules } from "../page-js-modules";
import { serviceWorkerFor } from "./fallback";
import { spawnWorker, type WorkerHandle } from "./spawn";

type Callable = (...args: unknown[]) => unknown;

const terminatedError = (name: string): Error =>
  new Error(`This worker was terminated: ${name}() cannot be called any more`);

/**
 * Calls a function the worker exposed. Arguments arrive as plain JS: pyscript/workers.py converts Python
 * values with its engine's `to_js` before calling, and converts what Python functions return.
 */
function callWorker(handle: WorkerHandle, name: string, args: unknown[]): Promise<unknown> {
  if (handle.terminated) return Promise.reject(terminatedError(name));
  const fn = handle.proxy[name];
  if (!fn) return Promise.reject(new Error(`The worker has no function ${name}`));
  return handle.call(fn, args);
}

/** What `await workers["name"]` gives: the worker's `__export__` functions, awaitable. */
async function exportsOf(handlePromise: Promise<WorkerHandle>): Promise<Record<string, Callable>> {
  const handle = await handlePromise;
  const names = await handle.ready;
  const exports: Record<string, Callable> = {};
  for (const name of names) exports[name] = (...args) => callWorker(handle, name, args);
  return exports;
}

/** The JS half of `pyscript.PyWorker` and `pyscript.workers` (pyscript/workers.py is the Python half). */
export function mainWorkersApi(context: RuntimeContext) {
  return {
    workers: { get: (name: string) => exportsOf(namedWorker(name)) },
    /** Called by pyscript/workers.py, which checks `type` and serialises `config` (a dict) to JSON. */
    PyWorker(url: string, type: string, config?: string | null) {
      const engineType: EngineType | undefined = engineForScriptType[type];
      if (!engineType) throw new Error(`PyWorker type must be "micropython" or "pyodide", not "${type}"`);
      const source = new URL(url, document.baseURI);
      const ready = (async () => {
        try {
        const response = await fetch(source);
        if (!response.ok) throw new Error(`PyWorker could not load ${url} (HTTP ${response.status})`);
        const code = await response.text();
        const ownConfig = config ? await parseConfig(config, document.baseURI) : null;
        const workerConfig = ownConfig ?? (await context.config(engineType));
        const pageModules = await loadPageJsModules(workerConfig.js_modules?.main);
        const handle = spawnWorker({
          type: engineType,
          code,
          filename: url,
          target: "",
          config: workerConfig,
          serviceWorker: serviceWorkerFor(null, code, pageModules.size > 0),
          errorAnchor: null,
          context,
        });
        registerWorker(handle, null);
        return handle;
        } catch (error) {
          showError(null, errorText(error), context);
          throw error;
        }
      })();
      ready.catch(() => {});
      return createPyWorkerObject(ready);
    },
  };
}

/**
 * The object pyscript/workers.py wraps. Its handle arrives after the source is fetched, so `sync`
 * assignments made right after `PyWorker(...)` are queued until then, which is before the worker can call them.
 */
function createPyWorkerObject(handlePromise: Promise<WorkerHandle>) {
  let handle: WorkerHandle | null = null;
  let terminated = false;
  const pending = new Map<string, Callable>();
  void handlePromise.then((h) => {
    handle = h;
    for (const [name, fn] of pending) h.proxy[name] = fn;
    if (terminated) h.terminate();
  });
  const sync = new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === "string" && name !== "then"
          ? async (...args: unknown[]) => {
              // The worker's `sync.name = fn` runs in its top-level code: calls made before then wait for it.
              const h = await handlePromise;
              await h.ready;
              return callWorker(h, name, args);
            }
          : undefined,
      set(_, name, fn: unknown) {
        if (typeof name !== "string" || typeof fn !== "function") return false;
        if (handle) handle.proxy[name] = fn as Callable;
        else pending.set(name, fn as Callable);
        return true;
      },
    },
  );
  return {
    sync,
    ready: handlePromise.then((h) => h.ready).then(() => undefined),
    terminate() {
      terminated = true;
      handle?.terminate();
    },
  };
}
