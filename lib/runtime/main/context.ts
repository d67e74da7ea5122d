import type { EngineType } from "../engines/engine";
import { createConsoleChannel, type ConsoleChannel } from "./channel";
import { loadConfig, type PyConfig } from "./config";

/** What every main-thread part (and the workers side) needs to know about this page's runtime. */
export type RuntimeContext = {
  /** Absolute URL of `/_runtime/<hash>/`, the folder core.js was loaded from. */
  assetBase: string;
  channel: ConsoleChannel;
  /** The page's config for one interpreter type, read once (`<py-config>` or the first script's `config`). */
  config(type: EngineType): Promise<PyConfig>;
};

/**
 * The preview server rewrites PyScript URLs to `/_runtime/<hash>/core.js?app=<app origin>`, so the module's
 * own URL says where the bundle lives and which origin may hear the console channel.
 */
export function createRuntimeContext(moduleUrl: string): RuntimeContext {
  const url = new URL(moduleUrl);
  const configs = new Map<EngineType, Promise<PyConfig>>();
  return {
    assetBase: new URL(".", url).href,
    channel: createConsoleChannel(url.searchParams.get("app")),
    config(type) {
      let config = configs.get(type);
      if (!config) configs.set(type, (config = loadConfig(type)));
      return config;
    },
  };
}
