import type { parseConfig } from "../../main/config";
import type { RuntimeContext } from "../../main/context";
import type { interpreterFor } from "../../main/interpreter";
import type { terminalIn } from "../../main/terminal";
import type { serviceWorkerFor } from "../../main/workers/fallback";
import type { registerWorker } from "../../main/workers/registry";
import type { spawnWorker } from "../../main/workers/spawn";

/**
 * What the donkey and bridge chunks use of core.js, handed over by main/js-api.ts. The chunks import none of
 * it: spawning, the worker registry and the main-thread interpreters keep state that must be the page's one
 * copy (one coincident, one list of workers for Stop, one interpreter per type).
 */
export type JsApiHost = {
  context: RuntimeContext;
  spawnWorker: typeof spawnWorker;
  registerWorker: typeof registerWorker;
  parseConfig: typeof parseConfig;
  serviceWorkerFor: typeof serviceWorkerFor;
  terminalIn: typeof terminalIn;
  interpreterFor: typeof interpreterFor;
};

/** `donkey(options)` as PyScript documents it. */
export type DonkeyOptions = {
  type?: string;
  persistent?: boolean;
  /** A CSS selector of the element the terminal is drawn inside; "" or absent: at the end of the body. */
  terminal?: string;
  config?: Record<string, unknown> | string;
};

export type Donkey = {
  process(code: string): Promise<void>;
  execute(statement: string): Promise<void>;
  evaluate(expression: string): Promise<unknown>;
  clear(): Promise<void>;
  reset(): Promise<void>;
  kill(): Promise<void>;
};

/** `bridge(import.meta.url, options)` as PyScript documents it. */
export type BridgeOptions = {
  type?: string;
  worker?: boolean;
  config?: Record<string, unknown> | string;
  env?: string;
  /** A PyScript version to load: accepted and ignored, the page always gets this runtime. */
  pyscript?: string;
};

export type BridgeExports = Record<string, (...args: unknown[]) => Promise<unknown>>;

export type DonkeyChunk = { donkey(options: DonkeyOptions, host: JsApiHost): Promise<Donkey> };
export type BridgeChunk = { bridge(moduleUrl: string, options: BridgeOptions, host: JsApiHost): Promise<BridgeExports> };
