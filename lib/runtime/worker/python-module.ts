/**
 * The worker's `_pyscript_js` (see /work/runtime-seams.md (b)): what `pyscript` re-exports inside a worker.
 * `window`/`document` are coincident's synchronous proxies to the page's real objects.
 */
export type WorkerPythonModule = {
  RUNNING_IN_WORKER: true;
  /** JSON, as on the main thread: both engines turn it into plain dicts. */
  config_json: string;
  current_target: () => string;
  workers: null;
  PyWorker: null;
  sync: object;
  window: object;
  document: object;
  /** Backs `input()`: asks on the page and blocks until answered. */
  read_line: (prompt: string) => string;
};

const unavailableMessage =
  "window, document and input() in a worker need synchronous access to the page: serve the page with the " +
  "cross-origin isolation headers, add <script src=\"/mini-coi.js\"> or a service-worker attribute";

/**
 * Stands in for `window`/`document` when the page gives no synchronous channel: importing it works
 * (Python modules import it eagerly), using it raises a clear error instead of hanging.
 */
function unavailable(): object {
  const introspection = new Set(["then", "constructor", "toString", "valueOf", "toJSON", "length", "size"]);
  return new Proxy(
    {},
    {
      get(_, key) {
        if (typeof key === "symbol" || introspection.has(key)) return undefined;
        throw new Error(unavailableMessage);
      },
      has: () => false,
      set() {
        throw new Error(unavailableMessage);
      },
    },
  );
}

export function createWorkerPythonModule(options: {
  window: Window | null;
  sync: object;
  config: Record<string, unknown>;
  readLine: ((prompt: string) => string) | null;
}): WorkerPythonModule {
  const { window, readLine } = options;
  return {
    RUNNING_IN_WORKER: true,
    config_json: JSON.stringify(options.config),
    current_target: () => "",
    workers: null,
    PyWorker: null,
    sync: options.sync,
    window: window ?? unavailable(),
    // One round trip now saves one on every `document.…` later.
    document: window ? window.document : unavailable(),
    read_line(prompt) {
      if (!readLine) throw new Error(`input() in a worker: ${unavailableMessage}`);
      return readLine(prompt);
    },
  };
}
