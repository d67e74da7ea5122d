import type { LoadProgress } from "../interpreters/download-progress";
import type { EngineType } from "../interpreters/engine";
import { createConsoleChannel, type ConsoleChannel } from "./channel";
import { loadConfig, type PyConfig } from "./config";
import { progressOnChannel } from "./progress";

/** What every main-thread part (and the workers side) needs to know about this page's runtime. */
export type RuntimeContext = {
  /** Absolute URL of `/_runtime/<hash>/`, the folder core.js was loaded from. */
  assetBase: string;
  channel: ConsoleChannel;
  /** How one loading interpreter (main-thread or worker, the `source`) reports its progress to the editor. */
  progress(source: object): LoadProgress;
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
  const channel = createConsoleChannel(url.searchParams.get("app"));
  return {
    assetBase: new URL(".", url).href,
    channel,
    progress: progressOnChannel(channel),
    config(type) {
      let config = configs.get(type);
      if (!config) configs.set(type, (config = loadConfig(type)));
      return config;
    },
  };
}
