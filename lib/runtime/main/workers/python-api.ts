import { engineForScriptType, type Engine, type EngineType } from "../../engines/engine";
import type { RuntimeContext } from "../context";
import { parseConfig } from "../config";
import { errorText, showError } from "../errors";
import { registerWorker, forgetWorker, namedWorker } from "./registry";
import { serviceWorkerFor } from "./fallback";
import { spawnWorker, type WorkerHandle } from "./spawn";

type Callable = (...args: unknown[]) => unknown;

const terminatedError = (name: string): Error =>
  new Error(`This worker was terminated: ${name}() cannot be called any more`);

/** Calls a function the worker exposed; `toJs` turns the calling engine's Python values into plain JS. */
function callWorker(handle: WorkerHandle, name: string, args: unknown[], toJs: (value: unknown) => unknown): Promise<unknown> {
  if (handle.terminated) return Promise.reject(terminatedError(name));
  const fn = handle.proxy[name];
  if (!fn) return Promise.reject(new Error(`The worker has no function ${name}`));
  return Promise.resolve(fn(...args.map(toJs)));
}

/** `worker.sync` on the page: assign functions the worker calls, call the ones it assigned (awaitable). */
function pageSyncNamespace(handle: WorkerHandle, engine: Engine): object {
  return new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === "string" && name !== "then"
          ? (...args: unknown[]) => callWorker(handle, name, args, engine.toJs)
          : undefined,
      set(_, name, fn: unknown) {
        if (typeof name !== "string" || typeof fn !== "function") return false;
        handle.proxy[name] = async (...args: unknown[]) => engine.toJs(await (fn as Callable)(...args));
        return true;
      },
    },
  );
}

/** What `await workers["name"]` gives: the worker's `__export__` functions, awaitable. */
async function exportsOf(handlePromise: Promise<WorkerHandle>, engine: Engine): Promise<Record<string, Callable>> {
  const handle = await handlePromise;
  const names = await handle.ready;
  const exports: Record<string, Callable> = {};
  for (const name of names) exports[name] = (...args) => callWorker(handle, name, args, engine.toJs);
  return exports;
}

/** The JS half of `pyscript.PyWorker` and `pyscript.workers` for one main-thread engine. */
export function mainWorkersApi(context: RuntimeContext, engine: Engine) {
  return {
    workers: { get: (name: string) => exportsOf(namedWorker(name), engine) },
    /** Called by pyscript/workers.py, which checks `type` and serialises `config` (a dict) to JSON. */
    PyWorker(url: string, type: string, config: string | null) {
      const engineType: EngineType | undefined = engineForScriptType[type];
      if (!engineType) throw new Error(`PyWorker type must be "micropython" or "pyodide", not "${type}"`);
      const source = new URL(url, document.baseURI);
      const ready = (async () => {
        try {
        const response = await fetch(source);
        if (!response.ok) throw new Error(`PyWorker could not load ${url} (HTTP ${response.status})`);
        const code = await response.text();
        const ownConfig = config ? await parseConfig(config, document.baseURI) : null;
        const handle = spawnWorker({
          type: engineType,
          code,
          filename: url,
          config: ownConfig ?? (await context.config(engineType)),
          serviceWorker: serviceWorkerFor(null, code),
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
      return createPyWorkerObject(ready, engine);
    },
  };
}

/**
 * The object Python holds. Its handle arrives after the source is fetched, so `sync` assignments made right
 * after `PyWorker(...)` are queued until then, which is before the worker can call them.
 */
function createPyWorkerObject(handlePromise: Promise<WorkerHandle>, engine: Engine) {
  let handle: WorkerHandle | null = null;
  let terminated = false;
  const pending: [string, unknown][] = [];
  const sync = new Proxy(
    {},
    {
      get: (_, name) =>
        typeof name === "string" && name !== "then"
          ? async (...args: unknown[]) => callWorker(await handlePromise, name, args, engine.toJs)
          : undefined,
      set(_, name, fn: unknown) {
        if (typeof name !== "string") return false;
        if (handle) Reflect.set(pageSyncNamespace(handle, engine), name, fn);
        else pending.push([name, fn]);
        return true;
      },
    },
  );
  void handlePromise.then((h) => {
    handle = h;
    const namespace = pageSyncNamespace(h, engine);
    for (const [name, fn] of pending) Reflect.set(namespace, name, fn);
    if (terminated) h.terminate();
  });
  return {
    sync,
    ready: handlePromise.then((h) => h.ready).then(() => undefined),
    terminate() {
      terminated = true;
      if (handle) {
        handle.terminate();
        forgetWorker(handle);
      }
    },
  };
}
