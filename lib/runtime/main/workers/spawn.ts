import coincident from "coincident/window/main";
import type { EngineType } from "../../interpreters/engine";
import { DOM, INPUT, parseWorkerEvent, TERMINAL_KEYS, TERMINAL_XTERM, type WorkerBoot } from "../../../protocol/worker";
import { configFileUrl, type PyConfig } from "../config";
import type { RuntimeContext } from "../context";
import { errorsOnPage, errorText, showError } from "../errors";
import { runOnWorkerHooks, workerHookSources, type XWorker } from "../hooks";
import type { PageTerminal } from "../terminal";
import { createDomBridge, type DomBridge } from "./dom-bridge";
import { serveDomChannel } from "./dom-channel";
import type { DomRequest } from "../../../protocol/dom-channel";
import { promptOnPage } from "./input-prompt";
import { createWorkerActivity } from "./activity";
import { serviceWorkersAllowed, serviceWorkersRefused } from "./fallback";
import { showFallbackNotice } from "./fallback-notice";
import { pageSyncNamespace } from "./page-sync";
import { forgetWorker } from "./registry";
import { fetchPyodideSnapshotForNextTime, pyodideSnapshotCached } from "../pyodide-snapshot-cache";

type Callable = (...args: unknown[]) => unknown;

/** Why a worker's `ready` rejected; already shown on the page by the time anyone awaits it. */
export class WorkerFailure extends Error {
  override name = "WorkerFailure";
}

export type SpawnOptions = {
  type: EngineType;
  code: string;
  filename: string;
  /** Id of the default `display()` target; "" for a PyWorker, which has no element of its own. */
  target: string;
  config: PyConfig;
  /** The service worker that makes `window`/`document` synchronous without isolation; null for none. */
  serviceWorker: string | null;
  /** Errors show after this element (the script tag), or at the end of the body. */
  errorAnchor: Element | null;
  context: RuntimeContext;
  /** The script's `terminal`: shows its output, answers `input()`, hosts MicroPython's REPL. */
  terminal?: PageTerminal | null;
  /** Where printed lines show on the page besides the console (default: the terminal, if any). */
  printed?: (line: string) => void;
  /** The worker backs editor cells (main/editor): no script of its own, cells run through RUN_CELL. */
  cells?: boolean;
  /** Which plugin hooks run around its code: the `*Async` ones (the default), or the plain ones (main/hooks.ts). */
  asynchronous?: boolean;
};

/** What the editor's Stop did to one worker (posted as the console channel's `stopped`). */
export type StopOutcome = { how: "interrupted" | "terminated"; detail: string };

/**
 * How long an interrupted Pyodide worker gets to raise KeyboardInterrupt and return before it is terminated:
 * Python checks the flag between bytecodes, so only a worker blocked outside Python (a long `time.sleep`,
 * waiting for `input()`) takes longer than a few milliseconds.
 */
const interruptGraceMs = 1500;

/** One running Python worker, as the page sees it. */
export type WorkerHandle = {
  readonly type: EngineType;
  /** coincident's proxy: assign functions the worker may call, call the worker's `sync` functions. */
  readonly proxy: Record<string, Callable>;
  /** Resolves with the `__export__` names once top-level code ran; rejects with the worker's traceback. */
  readonly ready: Promise<string[]>;
  readonly terminated: boolean;
  /**
   * Calls a function the worker exposed (`__export__` or `sync.name = fn`); counted, for `stop`. Rejects
   * once the worker is terminated, even mid-call.
   */
  call(fn: Callable, args: unknown[]): Promise<unknown>;
  /**
   * Ends the worker: `ready` and calls still pending reject, its DOM channel stops waiting and the page
   * objects it held are let go.
   */
  terminate(): void;
  /**
   * The editor's Stop, while top-level code or a call from the page runs: KeyboardInterrupt in a Pyodide
   * worker on an isolated page (interrupt buffer); a worker that cannot be interrupted, or does not return
   * within a grace period, is terminated. Resolves with what happened; null for an idle worker (left alone).
   */
  stop(): Promise<StopOutcome | null>;
};

/** The page-reference tables of the live workers; tests read their total size (see countReferencesForTests). */
const bridges = new Set<DomBridge>();

/**
 * Not an API: lets the e2e tests check that page objects a worker dropped are released. A symbol-keyed,
 * non-enumerable global, so no user code finds it by accident.
 */
function countReferencesForTests(): void {
  Object.defineProperty(globalThis, Symbol.for("pysandbox.workerPageReferences"), {
    configurable: true,
    value: () => [...bridges].reduce((total, bridge) => total + bridge.size, 0),
  });
}

// One coincident per page: values are converted to plain JS by our own wrappers before they reach it.
let workerClass: ReturnType<typeof coincident>["Worker"] | null = null;

/**
 * The runtime is served from one shared host (runtime.<preview domain>) so every project shares its cache,
 * but a Worker's script must be same-origin: a one-line module on a blob URL imports it instead.
 */
function sameOriginWorkerUrl(moduleUrl: string): string {
  if (new URL(moduleUrl).origin === location.origin) return moduleUrl;
  const source = `import ${JSON.stringify(moduleUrl)};`;
  return URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
}

export function spawnWorker(options: SpawnOptions): WorkerHandle {
  workerClass ??= coincident().Worker;
  const { context } = options;
  const scriptUrl = sameOriginWorkerUrl(new URL("worker.js", context.assetBase).href);
  const worker = new workerClass(scriptUrl, {
    type: "module",
    ...(options.serviceWorker ? { serviceWorker: options.serviceWorker } : {}),
  });
  const isolated = globalThis.crossOriginIsolated;
  // sync_main_only: the worker never calls the page, so it gets no synchronous channel at all.
  let pageReachable = !options.config.sync_main_only && (isolated || options.serviceWorker !== null);
  let serviceWorkerBlocked = !isolated && !options.config.sync_main_only && serviceWorkersRefused();
  const terminal = options.terminal ?? null;
  const printed = options.printed ?? (terminal ? (line: string) => terminal.writeLine(line) : null);
  const bridge = createDomBridge(worker.proxy);
  bridges.add(bridge);
  countReferencesForTests();
  const domChannel = isolated && pageReachable ? serveDomChannel(bridge) : null;
  const interrupt = isolated && options.type === "pyodide" ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  // Decided by the page: a worker has no localStorage, and shares the page's HTTP cache.
  const pyodideSnapshot = options.type === "pyodide" && pyodideSnapshotCached(context.assetBase);
  if (options.type === "pyodide" && !pyodideSnapshot) fetchPyodideSnapshotForNextTime(context.assetBase);
  // Built once the onWorker hooks ran: they may add worker hooks for this very worker.
  const boot = (): WorkerBoot => ({
    kind: "pysandbox:boot",
    engine: options.type,
    runtimeBase: context.assetBase,
    ...(pyodideSnapshot ? { pyodideSnapshot } : {}),
    baseUrl: document.baseURI,
    ...(configFileUrl(options.config) ? { filesBaseUrl: configFileUrl(options.config) } : {}),
    filename: options.filename,
    code: options.code,
    target: options.target,
    config: options.config,
    ...(terminal ? { terminal: true } : {}),
    ...(options.cells ? { cells: true } : {}),
    hooks: workerHookSources(options.asynchronous ?? true),
    syncDom: pageReachable,
    ...(serviceWorkerBlocked ? { serviceWorkerBlocked } : {}),
    ...(interrupt ? { interrupt } : {}),
    ...(domChannel ? { domChannel: { buffer: domChannel.buffer } } : {}),
  });
  worker.proxy[DOM] = ((...[op, id, key, args, released]: DomRequest) => {
    if (released) bridge.release(released);
    return bridge.call(op, id, key, args);
  }) as Callable;
  const ended = new AbortController();
  if (terminal) {
    worker.proxy[TERMINAL_XTERM] = async () => {
      const xterm = await terminal.xterm();
      return xterm ? bridge.reference(xterm) : null;
    };
  }
  worker.proxy[INPUT] = (prompt) =>
    terminal ? terminal.readLine(String(prompt ?? "")) : promptOnPage(String(prompt ?? ""), options.errorAnchor, ended.signal);

  let terminated = false;
  let replStarted = false;
  const activity = createWorkerActivity();
  let rejectReady!: (error: Error) => void;
  const reportProgress = context.progress(worker);
  const ready = new Promise<string[]>((resolve, reject) => {
    rejectReady = reject;
    worker.addEventListener("message", (event: MessageEvent) => {
      const message = parseWorkerEvent(event.data);
      if (!message) return;
      switch (message.kind) {
        case "pysandbox:stdout":
          console.log(message.text);
          printed?.(message.text);
          context.channel.post({ type: "stdout", text: message.text });
          break;
        case "pysandbox:stderr":
          console.error(message.text);
          printed?.(message.text);
          context.channel.post({ type: "stderr", text: message.text });
          break;
        case "pysandbox:terminal":
          // MicroPython's REPL started (`code.interact()`): what it writes comes raw, and it reads every key.
          if (terminal && !replStarted) {
            replStarted = true;
            terminal.sendKeysTo((keys) => void worker.proxy[TERMINAL_KEYS]!(keys));
          }
          terminal?.write(message.text);
          break;
        case "pysandbox:error":
          showError(options.errorAnchor, message.traceback, context, errorsOnPage(options.config));
          if (message.where === "top-level") reject(new WorkerFailure(message.traceback));
          break;
        case "pysandbox:progress":
          reportProgress(message.stage, message.loaded, message.total);
          break;
        case "pysandbox:release":
          bridge.release(message.ids);
          break;
        case "pysandbox:ready":
          resolve(message.exports);
          break;
      }
    });
    // The bundle itself failed (network, syntax): there is no Python traceback to show.
    worker.addEventListener("error", (event: ErrorEvent) => {
      const text = `Error: the worker could not start: ${event.message || "worker.js failed to load"}`;
      showError(options.errorAnchor, text, context);
      reject(new WorkerFailure(text));
    });
  });
  // Rejections are reported on the page above; an unawaited `ready` must not also be an unhandled rejection.
  const settle = (): void => {
    if (scriptUrl.startsWith("blob:")) URL.revokeObjectURL(scriptUrl);
    activity.settle();
  };
  ready.then(settle, settle);

  const label = `the ${options.type} worker${options.filename ? ` (${options.filename})` : ""}`;
  const terminateForStop = (): StopOutcome => {
    const text = `KeyboardInterrupt: ${label} was stopped`;
    handle.terminate();
    showError(options.errorAnchor, text, context);
    options.errorAnchor?.setAttribute("data-state", "stopped");
    return { how: "terminated", detail: `${label} could not be interrupted, so it was terminated. Run starts it again.` };
  };

  const handle: WorkerHandle = {
    type: options.type,
    proxy: worker.proxy,
    ready,
    get terminated() {
      return terminated;
    },
    call(fn, args) {
      return activity.track(() => fn(...args));
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      const error = new WorkerFailure(`${label} was terminated`);
      rejectReady(error);
      activity.end(error);
      ended.abort();
      worker.terminate();
      domChannel?.close();
      bridge.dispose();
      bridges.delete(bridge);
      forgetWorker(handle);
    },
    async stop() {
      if (terminated || !activity.busy) return null;
      if (interrupt) {
        Atomics.store(interrupt, 0, 2);
        if (await activity.idleWithin(interruptGraceMs)) return { how: "interrupted", detail: `KeyboardInterrupt raised in ${label}.` };
        if (terminated) return null;
      }
      return terminateForStop();
    },
  };
  // The worker gets its code only once the plugins' onWorker hooks are done exposing things to it.
  const xworker: XWorker = {
    sync: pageSyncNamespace(Promise.resolve(handle), (name, fn) => (worker.proxy[name] = fn)),
  };
  // The relay can only answer if the browser lets this page have a service worker (fallback.ts).
  const relayChecked = options.serviceWorker && !isolated ? serviceWorkersAllowed() : Promise.resolve(true);
  const relayUsable = relayChecked.then((allowed) => {
    if (allowed) return;
    pageReachable = false;
    serviceWorkerBlocked = true;
    showFallbackNotice("blocked");
  });
  Promise.all([runOnWorkerHooks(xworker), relayUsable]).then(
    () => worker.postMessage(boot()),
    (error: unknown) => {
      const text = errorText(error);
      showError(options.errorAnchor, text, context);
      rejectReady(new WorkerFailure(text));
      handle.terminate();
    },
  );
  return handle;
}
