import { applyConfig } from "../engines/apply-config";
import { watchInterpreterDownload } from "../engines/download-progress";
import type { Engine, EngineType } from "../engines/engine";
import { engineAssetBase, loadEngine } from "../engines/load";
import type { RuntimeContext } from "./context";
import { mainJsModule } from "./js-module";
import { preloadEngine } from "./preload";
import { mainThreadTerminal } from "./terminal";
import { trackLoading } from "./progress";

export type Interpreter = {
  engine: Engine;
  /** Id of the element `display()` defaults to; set before each script runs. */
  currentTarget: string;
};

const interpreters = new Map<EngineType, Promise<Interpreter>>();

/** One shared interpreter per type on the main thread, loaded on first use. */
export function interpreterFor(type: EngineType, context: RuntimeContext): Promise<Interpreter> {
  let interpreter = interpreters.get(type);
  if (!interpreter) {
    interpreter = trackLoading(createInterpreter(type, context), `Loading ${type}`);
    interpreters.set(type, interpreter);
  }
  return interpreter;
}

async function createInterpreter(type: EngineType, context: RuntimeContext): Promise<Interpreter> {
  const { channel } = context;
  preloadEngine(type, context.assetBase);
  const terminal = mainThreadTerminal(type, context.assetBase);
  const report = context.progress({ type });
  const downloaded = watchInterpreterDownload(type, context.assetBase, report);
  // The interpreter download does not depend on the config: start both at once.
  const [engine, config] = await Promise.all([
    loadEngine(type, {
      assetBase: engineAssetBase(context.assetBase, type),
      stdout: (text) => {
        console.log(text);
        terminal?.writeLine(text);
        channel.post({ type: "stdout", text });
      },
      stderr: (text) => {
        console.warn(text);
        terminal?.writeLine(text);
        channel.post({ type: "stderr", text });
      },
    }),
    context.config(type),
  ]).finally(downloaded);
  const interpreter: Interpreter = { engine, currentTarget: "" };
  engine.registerJsModule("_pyscript_js", mainJsModule(context, config, () => interpreter.currentTarget));
  await applyConfig(engine, config, { baseUrl: document.baseURI, runtimeBase: context.assetBase, progress: report });
  channel.post({ type: "ready", engine: type, version: engine.version });
  return interpreter;
}
