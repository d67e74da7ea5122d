/**
 * The worker's `_pyscript_js`: what the `pyscript` package reads inside a
 * worker. Its internals (fetch) use the worker's own globals as `window`; `display()` writes through
 * coincident's proxy of the page's `document`. What users import as `pyscript.window`/`document` is set
 * after import by worker/index.ts: page references (pyscript/_worker_dom.py), or `page_unavailable`.
 */
import { postToPage } from "./scope";

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
  page_unavailable: object;
  /** Shows an exception raised outside top-level code (an event handler, a task) on the page. */
  report_error: (traceback: string) => void;
  /** Backs `input()`: asks on the page and blocks until answered. */
  read_line: (prompt: string) => string;
  /** `pyscript.js_modules`: a `js_modules.worker` module by name, else null. */
  js_module: (name: string) => unknown;
  js_module_missing: (name: string) => string;
  /** True for a `js_modules.main` module, which the page loaded and the worker reaches through it. */
  js_module_on_page: (name: string) => boolean;
  /** `js_import`: modules imported on demand, in the worker. */
  js_import: (urls: unknown) => Promise<unknown[]>;
  /** `py_import`: packages from the local index (Pyodide). */
  load_packages: (names: unknown) => Promise<void>;
};

/** Why a worker cannot reach the page synchronously: the page gives no channel, or its config says not to. */
export type PageAccess = "sync" | "no-channel" | "service-worker-blocked" | "sync-main-only";

const unavailableMessages: Record<Exclude<PageAccess, "sync">, string> = {
  "no-channel":
    "window, document and input() in a worker need synchronous access to the page: serve the page with the " +
    "cross-origin isolation headers, add <script src=\"/mini-coi.js\"> or a service-worker attribute",
  "service-worker-blocked":
    "window, document and input() in a worker need synchronous access to the page: this page is not " +
    "cross-origin isolated and the browser allows it no service worker here (a frame of another site that " +
    "blocks third-party storage, or a page that is not a secure context), so open the page in a tab of its own",
  "sync-main-only":
    "sync_main_only is set in this worker's config: the worker cannot use the page's window, document, " +
    "sync functions or input(); only the page calls the worker (its __export__ and sync functions)",
};

/** The error a worker's use of the page raises, or null when the page is reachable. */
export function pageAccessError(access: PageAccess): string | null {
  return access === "sync" ? null : unavailableMessages[access];
}

const introspection = new Set(["then", "constructor", "toString", "valueOf", "toJSON", "length", "size"]);

/** Keys an engine or a JS library reads to learn what kind of object it holds, not to use it. */
export function isIntrospection(key: string | symbol): boolean {
  return typeof key === "symbol" || introspection.has(key);
}

/**
 * Stands in for `window`/`document` when the page gives no synchronous channel: importing it works
 * (Python modules import it eagerly), using it raises a clear error instead of hanging.
 */
function unavailable(unavailableMessage: string): object {
  return new Proxy(
    {},
    {
      get(_, key) {
        if (isIntrospection(key)) return undefined;
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
  /** The page's window through coincident when `access` is "sync", else null. */
  window: Window | null;
  access: PageAccess;
  sync: object;
  config: Record<string, unknown>;
  readLine: ((prompt: string) => string) | null;
  /** Id of the element `display()` writes to by default (an editor cell's changes with each run). */
  currentTarget: () => string;
  jsModule: (name: string) => unknown;
  jsModuleMissing: (name: string) => string;
  jsModuleOnPage: (name: string) => boolean;
  importModules: (urls: unknown) => Promise<unknown[]>;
  loadPackages: (names: unknown) => Promise<void>;
}): WorkerPythonModule {
  const { window, readLine } = options;
  const unavailableMessage = pageAccessError(options.access) ?? unavailableMessages["no-channel"];
  return {
    RUNNING_IN_WORKER: true,
    config_json: JSON.stringify(options.config),
    current_target: options.currentTarget,
    workers: null,
    PyWorker: null,
    sync: options.sync,
    window: globalThis,
    // One round trip now saves one on every `document.…` later.
    document: window ? window.document : unavailable(unavailableMessage),
    page_unavailable: unavailable(unavailableMessage),
    report_error: (traceback) => postToPage({ kind: "pysandbox:error", traceback, where: "handler" }),
    js_module: options.jsModule,
    js_module_missing: options.jsModuleMissing,
    js_module_on_page: options.jsModuleOnPage,
    js_import: options.importModules,
    load_packages: options.loadPackages,
    read_line(prompt) {
      if (!readLine) throw new Error(`input() in a worker: ${unavailableMessage}`);
      return readLine(prompt);
    },
  };
}
