/**
 * `bridge.js` beside core.js, served for `https://esm.run/@pyscript/bridge` (the preview rewrites the URL):
 * its default export is `bridge(import.meta.url, options)`. It loads core.js under the same query as itself
 * (`?app=…`, as the preview writes both), so a page that also loads core.js shares one runtime with it.
 */
import type { BridgeExports, BridgeOptions } from "./lazy/js-api/host";

type Core = { bridge(moduleUrl: string, options?: BridgeOptions): Promise<BridgeExports> };

const own = new URL(import.meta.url);
const core = (await import(/* @vite-ignore */ new URL(`core.js${own.search}`, own).href)) as Core;

export default function bridge(moduleUrl: string, options?: BridgeOptions): Promise<BridgeExports> {
  return core.bridge(moduleUrl, options);
}
