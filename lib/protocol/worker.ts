// zod/mini, like lib/protocol/console.ts: these schemas ship in the runtime to every preview.
import * as z from "zod/mini";
import { lazySchema } from "./lazy-schema";

/**
 * The typed messages between the page and one of its Python workers, besides coincident's own channel
 * (which carries `sync` calls, exports and the window/document proxy). Each side parses what it receives.
 */

/** The page function a worker calls for `input()` (through coincident, blocking the worker until answered). */
export const INPUT = "pysandbox:input";

/** The page function behind `window`/`document` in a worker (main/workers/dom-bridge.ts). */
export const DOM = "pysandbox:dom";

/** The worker function the page calls when a Python callable it was given runs (an event listener...). */
export const DOM_CALLBACK = "pysandbox:dom-callback";

/**
 * The worker function an editor cell calls to run its code in the env's worker: (code, filename, target id)
 * resolves with null, or with the traceback of the exception the code raised.
 */
export const RUN_CELL = "pysandbox:run-cell";

/** The worker function the page calls with the keys typed into a MicroPython worker's REPL terminal. */
export const TERMINAL_KEYS = "pysandbox:terminal-keys";

/**
 * The page function a worker with a terminal calls before its script runs: the xterm Terminal (once loaded)
 * as a page reference, `{r: id}` in the DOM bridge's terms, or null; the worker's Python gets it as `__terminal__`.
 */
export const TERMINAL_XTERM = "pysandbox:terminal-xterm";

/** The page's `hooks.worker` (lib/runtime/main/hooks.ts): functions as source text, Python as code. Made inside the boot message's schema. */
const makeWorkerHookSourcesSchema = () => z.object({
  onReady: z.array(z.string()),
  onBeforeRun: z.array(z.string()),
  onBeforeRunAsync: z.array(z.string()),
  codeBeforeRun: z.array(z.string()),
  codeBeforeRunAsync: z.array(z.string()),
  codeAfterRun: z.array(z.string()),
  codeAfterRunAsync: z.array(z.string()),
  onAfterRun: z.array(z.string()),
  onAfterRunAsync: z.array(z.string()),
});
export type WorkerHookSources = z.infer<ReturnType<typeof makeWorkerHookSourcesSchema>>;

/** Page → worker, once, right after coincident's handshake. */
export const workerBootSchema = lazySchema(() => z.object({
  kind: z.literal("pysandbox:boot"),
  engine: z.enum(["pyodide", "micropython"]),
  /** Absolute URL of `/_runtime/<hash>/`, the folder holding both engines' files. */
  runtimeBase: z.url(),
  /** Pyodide restores the build's heap snapshot: the page found it in the browser's cache. */
  pyodideSnapshot: z.optional(z.boolean()),
  /** The page's base URL: config `files` and wheel URLs resolve against it, as on the main thread. */
  baseUrl: z.url(),
  /** A config loaded by URL: its own URL, which its `files` resolve against instead (as on the main thread). */
  filesBaseUrl: z.optional(z.url()),
  /** Shown in tracebacks: the script's src, or the page for inline code. */
  filename: z.string(),
  code: z.string(),
  /** Id of the page element `display()` writes to by default (a worker script's output element), or "". */
  target: z.string(),
  /** The resolved config (the worker's own, or the page's when it has none), as plain JSON. */
  config: z.record(z.string(), z.unknown()),
  /** True when `window`/`document` are usable synchronously (native Atomics or the sabayon service worker). */
  syncDom: z.boolean(),
  /**
   * The page asked for a service-worker relay but the browser refuses it service workers (a frame of a site
   * that blocks third-party storage): why `syncDom` is false, and why the worker must not call the page
   * synchronously at all (sabayon would send each request to the server, which cannot answer it).
   */
  serviceWorkerBlocked: z.optional(z.boolean()),
  /** Isolated pages only: the fast channel for `window`/`document` (see dom-channel.ts). */
  domChannel: z.optional(
    z.object({
      buffer: z.custom<SharedArrayBuffer>((value) => value instanceof SharedArrayBuffer),
    }),
  ),
  /** Plugin hooks to run around the script; absent when the page registered none. */
  hooks: z.optional(makeWorkerHookSourcesSchema()),
  /** The worker backs editor cells: it exposes RUN_CELL and runs each cell's code when asked. */
  cells: z.optional(z.boolean()),
  /** The script has a terminal: a MicroPython worker starts its REPL there once the script has run. */
  terminal: z.optional(z.boolean()),
  /** Int32 view over a SharedArrayBuffer: Pyodide raises KeyboardInterrupt when [0] becomes 2. Isolated pages only. */
  interrupt: z.optional(z.custom<Int32Array<ArrayBufferLike>>((value) => value instanceof Int32Array)),
}));
export type WorkerBoot = z.infer<ReturnType<typeof workerBootSchema>>;

/** Worker → page. */
export const workerEventSchema = lazySchema(() => z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("pysandbox:stdout"), text: z.string() }),
  z.object({ kind: z.literal("pysandbox:stderr"), text: z.string() }),
  /** A Python exception: at top level, in an exported or `sync` function the page awaited, or in a handler/task. */
  z.object({
    kind: z.literal("pysandbox:error"),
    traceback: z.string(),
    where: z.enum(["top-level", "export", "sync", "handler"]),
  }),
  /** Page references the worker's Python side dropped while idle (see main/workers/dom-bridge.ts). */
  z.object({ kind: z.literal("pysandbox:release"), ids: z.array(z.number()) }),
  /** The MicroPython REPL's output, unbuffered, for the script's terminal. */
  z.object({ kind: z.literal("pysandbox:terminal"), text: z.string() }),
  /** The worker's interpreter loading, forwarded to the editor as the console channel's `progress`. */
  z.object({
    kind: z.literal("pysandbox:progress"),
    stage: z.enum(["interpreter", "packages", "files"]),
    loaded: z.number(),
    total: z.optional(z.number()),
  }),
  /** Top-level code has run; `exports` are the names in `__export__`. */
  z.object({ kind: z.literal("pysandbox:ready"), exports: z.array(z.string()) }),
]));
export type WorkerEvent = z.infer<ReturnType<typeof workerEventSchema>>;

/** Parses a worker event; other messages (coincident's, a user's own postMessage) give null. */
export function parseWorkerEvent(data: unknown): WorkerEvent | null {
  const parsed = workerEventSchema().safeParse(data);
  return parsed.success ? parsed.data : null;
}
