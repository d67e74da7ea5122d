import { applyConfig, prefetchConfigInstall } from "../packages/apply-config";
import { watchInterpreterDownload } from "../interpreters/download-progress";
import type { Engine, EngineType } from "../interpreters/engine";
import { checkInterpreterKey } from "../interpreters/interpreter-key";
import { engineAssetBase, loadEngine } from "../interpreters/load";
import { configFileUrl, type PyConfig } from "./config";
import type { RuntimeContext } from "./context";
import { mainJsModule } from "./js-module";
import { loadPageJsModules } from "./page-js-modules";
import { preloadEngine } from "./preload";
import { fetchPyodideSnapshotForNextTime, pyodideSnapshotCached } from "./pyodide-snapshot-cache";
import { applyEngineFlags } from "../interpreters/engine-flags";
import { errorsOnPage, showErrorBlock } from "./errors";
import { pluginEnabled } from "./plugins";
import { setMainThreadInput } from "./main-thread-input";
import { mainThreadTerminal, type PageTerminal } from "./terminal";
import { trackLoading } from "./progress";

export type Interpreter = {
  engine: Engine;
  config: PyConfig;
  /** Id of the element `display()` defaults to; set before each script runs. */
  currentTarget: string;
};

/**
 * The page's main-thread interpreters: one per engine type for `py`/`mpy` scripts, and a Pyodide of its own
 * for `py-game` scripts, whose config is their own `config` attribute (PyScript ignores `<py-config>` there).
 */
export type InterpreterKind = EngineType | "py-game";

const interpreters = new Map<InterpreterKind, Promise<Interpreter>>();

/** One shared interpreter per kind on the main thread, loaded on first use. */
export function interpreterFor(type: EngineType, context: RuntimeContext): Promise<Interpreter> {
  return sharedInterpreter(type, () => createInterpreter(type, context, context.config(type)));
}

export function sharedInterpreter(kind: InterpreterKind, create: () => Promise<Interpreter>): Promise<Interpreter> {
  let interpreter = interpreters.get(kind);
  if (!interpreter) {
    interpreter = trackLoading(create(), `Loading ${kind}`);
    interpreters.set(kind, interpreter);
  }
  return interpreter;
}

export async function createInterpreter(type: EngineType, context: RuntimeContext, configLoaded: Promise<PyConfig>): Promise<Interpreter> {
  const { channel } = context;
  const pyodideSnapshot = type === "pyodide" && pyodideSnapshotCached(context.assetBase);
  preloadEngine(type, context.assetBase, { pyodideSnapshot });
  // Set once the config says whether `terminal` is honoured (`!py-terminal`); nothing prints before that.
  let terminal: PageTerminal | null = null;
  // PyScript's error plugin shows each line MicroPython writes to sys.stderr as a block at the end of the body.
  let stderrOnPage = false;
  const report = context.progress({ type });
  const downloaded = watchInterpreterDownload(type, context.assetBase, report, { pyodideSnapshot });
  // The interpreter download does not depend on the config: start both at once.
  const [engine, config] = await Promise.all([
    loadEngine(type, {
      assetBase: engineAssetBase(context.assetBase, type),
      pyodideSnapshot,
      stdout: (text) => {
        console.log(text);
        terminal?.writeLine(text);
        channel.post({ type: "stdout", text });
      },
      stderr: (text) => {
        console.error(text);
        // As under PyScript, MicroPython's stderr shows as error blocks (below), never in its main-thread terminal.
        if (type !== "micropython") terminal?.writeLine(text);
        if (stderrOnPage) showErrorBlock(null, text);
        channel.post({ type: "stderr", text });
      },
    }),
    configLoaded.then((config) => {
      prefetchConfigInstall(config, context.assetBase);
      return config;
    }),
  ]).finally(downloaded);
  if (type === "pyodide" && !pyodideSnapshot) fetchPyodideSnapshotForNextTime(context.assetBase);
  checkInterpreterKey(config.interpreter, engine, engineAssetBase(context.assetBase, type), document.baseURI);
  if (pluginEnabled(config, "py-terminal")) terminal = mainThreadTerminal(type, context.assetBase);
  stderrOnPage = type === "micropython" && errorsOnPage(config);
  applyEngineFlags(engine, config);
  const interpreter: Interpreter = { engine, config, currentTarget: "" };
  // The terminal's chunk loads while the config's files and packages do: neither waits for the other.
  const [jsModules, xterm] = await Promise.all([
    loadPageJsModules(config.js_modules?.main),
    terminal?.xterm(),
    applyConfig(engine, config, {
      baseUrl: document.baseURI,
      filesBaseUrl: configFileUrl(config),
      runtimeBase: context.assetBase,
      progress: report,
    }),
  ]);
  // PyScript defines `__terminal__` (the xterm Terminal) for scripts of an interpreter that has a terminal.
  if (xterm) engine.setGlobal("__terminal__", xterm);
  setMainThreadInput(engine, terminal !== null);
  // PyScript's MicroPython terminal: `code.interact()` continues in MicroPython's REPL, typed into the terminal.
  const [replTerminal, startRepl] = [terminal, engine.startRepl];
  if (replTerminal && startRepl) engine.registerJsModule("code", { interact: () => replTerminal.sendKeysTo(startRepl(replTerminal.write)) });
  engine.registerJsModule(
    "_pyscript_js",
    mainJsModule({ context, engine, config, jsModules, currentTarget: () => interpreter.currentTarget }),
  );
  channel.post({ type: "ready", engine: type, version: engine.version });
  return interpreter;
}
