import type { BridgeChunk, BridgeOptions, DonkeyChunk, DonkeyOptions, JsApiHost } from "../lazy/js-api/host";
import { parseConfig } from "./config";
import type { RuntimeContext } from "./context";
import { interpreterFor } from "./interpreter";
import { terminalIn } from "./terminal";
import { serviceWorkerFor } from "./workers/fallback";
import { registerWorker } from "./workers/registry";
import { spawnWorker } from "./workers/spawn";

/**
 * core.js's `donkey()` and `bridge()` for the page's JavaScript. Their code is in chunks beside core.js
 * (lazy/js-api), fetched on the first call, so pages that use neither never download it.
 */
export function jsApiFunctions(context: RuntimeContext) {
  const host: JsApiHost = { context, spawnWorker, registerWorker, parseConfig, serviceWorkerFor, terminalIn, interpreterFor };
  const chunks = new Map<string, Promise<unknown>>();
  const chunk = <T>(file: string): Promise<T> => {
    let loading = chunks.get(file);
    if (!loading) chunks.set(file, (loading = import(/* @vite-ignore */ new URL(file, context.assetBase).href)));
    return loading as Promise<T>;
  };
  return {
    /** `await donkey({ type, persistent, terminal, config })`: a worker that runs Python on demand. */
    donkey: async (options: DonkeyOptions = {}) => (await chunk<DonkeyChunk>("donkey.js")).donkey(options, host),
    /** `bridge(import.meta.url, options)`: what the served `bridge.js` module's default export calls. */
    bridge: async (moduleUrl: string, options: BridgeOptions = {}) =>
      (await chunk<BridgeChunk>("python-bridge.js")).bridge(String(moduleUrl), options, host),
  };
}
