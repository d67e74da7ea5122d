import { engineForScriptType, type EngineType } from "../../interpreters/engine";
import type { RuntimeContext } from "../context";
import { parseConfig } from "../config";
import { errorText, showError } from "../errors";
import { registerWorker, forgetWorker, namedWorker } from "./registry";
import { loadPageJsModules } from "../page-js-modules";
import { serviceWorkerFor } from "./fallback";
import { callWorker, pageSyncNamespace } from "./page-sync";
import { spawnWorker, type WorkerHandle } from "./spawn";

type Callable = (...args: unknown[]) => unknown;

/** What `await workers["name"]` gives: the worker's `__export__` functions, awaitable. */
async function exportsOf(handlePromise: Promise<WorkerHandle>): Promise<Record<string, Callable>> {
  const handle = await handlePromise;
  const names = await handle.ready;
  const exports: Record<string, Callable> = {};
  for (const name of names) exports[name] = (...args) => callWorker(handle, name, args);
  return exports;
}

/** The JS half of `pyscript.PyWorker` and `pyscript.workers` (pyscript/workers_impl.py is the Python half). */
export function mainWorkersApi(context: RuntimeContext) {
  return {
    workers: { get: (name: string) => exportsOf(namedWorker(name)) },
    /**
     * Called by pyscript/workers_impl.py, which checks `type` and serialises `config` (a dict) to JSON.
     * `asynchronous` is PyScript's `async` option: without it, its plugin hooks of the plain kind run.
     */
    PyWorker(url: string, type: string, config?: string | null, asynchronous = false) {
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
          serviceWorker: serviceWorkerFor(null, code, workerConfig, pageModules.size > 0),
          errorAnchor: null,
          context,
          asynchronous,
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
 * The object pyscript/workers_impl.py wraps. Its handle arrives after the source is fetched, so `sync`
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
  // The worker's `sync.name = fn` runs in its top-level code: calls made before then wait for it.
  const afterTopLevel = handlePromise.then(async (h) => {
    await h.ready;
    return h;
  });
  afterTopLevel.catch(() => undefined);
  const sync = pageSyncNamespace(afterTopLevel, (name, fn) => {
    if (handle) handle.proxy[name] = fn;
    else pending.set(name, fn);
  });
  return {
    sync,
    ready: handlePromise.then((h) => h.ready).then(() => undefined),
    terminate() {
      terminated = true;
      handle?.terminate();
    },
  };
}
