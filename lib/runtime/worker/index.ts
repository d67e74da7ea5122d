/**
 * The worker bundle (`/_runtime/<hash>/worker.js`): boots one interpreter inside a Web Worker, gives it the
 * page's `window`/`document` through coincident, runs the script, then exposes `__export__` to the page.
 */
import coincident from "coincident/window/worker";
import { workerSources } from "virtual:python-sources";
import type { Engine } from "../interpreters/engine";
import { applyConfig, loadIndexedPackages, prefetchConfigInstall } from "../packages/apply-config";
import { runWithHooks } from "../interpreters/run-with-hooks";
import { watchInterpreterDownload, type LoadProgress } from "../interpreters/download-progress";
import { importModules, jsModuleMissing, loadJsModules, type JsModulesConfig } from "../ffi/js-modules";
import { checkInterpreterKey } from "../interpreters/interpreter-key";
import { engineAssetBase, loadEngine } from "../interpreters/load";
import { DOM, DOM_CALLBACK, INPUT, RUN_CELL, TERMINAL_KEYS, TERMINAL_XTERM } from "../../protocol/worker";
import { receiveBoot } from "./boot-message";
import { cellRunner } from "./cells";
import { connectDomChannel } from "./dom-channel";
import { failureText } from "./failure-text";
import { reviveWorkerHooks } from "./hooks";
import { resolveFetchAgainst } from "./page-relative-fetch";
import { pageReferenceModule } from "./page-references";
import { applyEngineFlags } from "../interpreters/engine-flags";
import { createWorkerPythonModule, pageAccessError, type PageAccess } from "./python-module";
import { postToPage } from "./scope";
import { createSyncNamespace, exposeToPage, useInterruptBuffer } from "./sync";

type Callable = (...args: unknown[]) => unknown;

// Registered now, before the first await: the boot message may arrive while coincident bootstraps.
const boot = receiveBoot();

let engine: Engine | null = null;
const toJs = (value: unknown): unknown => (engine ? engine.toJs(value) : value);

const channel = await coincident({ transform: toJs });
const proxy = channel.proxy as Record<string, Callable>;
const options = await boot;
resolveFetchAgainst(options.baseUrl);
let displayTarget = options.target;

const progress: LoadProgress = (stage, loaded, total) =>
  postToPage({ kind: "pysandbox:progress", stage, loaded, ...(total === undefined ? {} : { total }) });

try {
  prefetchConfigInstall(options.config, options.runtimeBase);
  const pyodideSnapshot = options.pyodideSnapshot === true;
  const downloaded = watchInterpreterDownload(options.engine, options.runtimeBase, progress, { pyodideSnapshot });
  engine = await loadEngine(options.engine, {
    assetBase: engineAssetBase(options.runtimeBase, options.engine),
    pyodideSnapshot,
    stdout: (text) => postToPage({ kind: "pysandbox:stdout", text }),
    stderr: (text) => postToPage({ kind: "pysandbox:stderr", text }),
  }).finally(downloaded);
  applyEngineFlags(engine, options.config);
  const wantedInterpreter = options.config.interpreter;
  checkInterpreterKey(
    typeof wantedInterpreter === "string" ? wantedInterpreter : undefined,
    engine,
    engineAssetBase(options.runtimeBase, options.engine),
    options.baseUrl,
  );
  // pyscript/_worker_dom.py and the like: only workers use them, so core.js does not carry them.
  for (const [path, source] of Object.entries(workerSources)) engine.writeFile(`${engine.sitePackages}/${path}`, source);
  if (options.interrupt) {
    engine.setInterruptBuffer(options.interrupt);
    useInterruptBuffer(options.interrupt);
  }
  // The page leaves out the channel for sync_main_only (main/workers/spawn.ts); this says why.
  const access: PageAccess = options.syncDom
    ? "sync"
    : options.config.sync_main_only === true
      ? "sync-main-only"
      : options.serviceWorkerBlocked
        ? "service-worker-blocked"
        : "no-channel";
  // A relay the browser refused: sabayon would send each synchronous call to the server, retrying forever.
  const relayRefused = access === "service-worker-blocked" && channel.sync;
  const sync = createSyncNamespace(proxy, toJs, access === "sync-main-only" || relayRefused ? pageAccessError(access) : null);
  const jsModulesConfig = options.config.js_modules as JsModulesConfig | undefined;
  const jsModules = await loadJsModules(jsModulesConfig?.worker, options.baseUrl);
  // A const the callbacks below can hold (`engine` is a module-level `let`, null until loaded).
  const loaded = engine;
  engine.registerJsModule(
    "_pyscript_js",
    createWorkerPythonModule({
      jsModule: (name) => jsModules.get(name) ?? null,
      jsModuleMissing: (name) => jsModuleMissing(name, jsModulesConfig, "worker"),
      jsModuleOnPage: (name) => options.syncDom && Object.values(jsModulesConfig?.main ?? {}).includes(name),
      importModules: (urls) => importModules(loaded.toJs(urls) as string[], options.baseUrl),
      loadPackages: (names) => loadIndexedPackages(loaded, loaded.toJs(names) as string[], options.runtimeBase),
      window: options.syncDom ? (channel.window as Window) : null,
      access,
      sync,
      config: options.config,
      currentTarget: () => displayTarget,
      readLine: options.syncDom ? (prompt) => String(proxy[INPUT]!(prompt)) : null,
    }),
  );
  if (options.syncDom) useDomReferences(engine);
  else engine.run("import pyscript, _pyscript_js\npyscript.window = pyscript.document = _pyscript_js.page_unavailable");
  // The same `input()` on both engines: a prompt on the page, answered synchronously over the channel.
  engine.run(`import builtins, _pyscript_js\nbuiltins.input = lambda prompt="": _pyscript_js.read_line(str(prompt))`);
  await applyConfig(engine, options.config, { baseUrl: options.baseUrl, filesBaseUrl: options.filesBaseUrl, runtimeBase: options.runtimeBase, progress });
  // As under PyScript, a terminal script's `__terminal__` is its xterm Terminal: here a page reference to it.
  if (options.terminal && options.syncDom) {
    const xterm = proxy[TERMINAL_XTERM]!() as { r: number } | null;
    if (xterm) engine.run(`import pyscript._worker_dom as _dom\n__terminal__ = _dom.JsRef(${Number(xterm.r)})\ndel _dom`);
  }
  // PyScript's MicroPython terminal: `code.interact()` starts MicroPython's REPL in the script's namespace; it
  // reads the keys typed once the script has run.
  const startRepl = engine.startRepl;
  if (options.terminal && startRepl) {
    engine.registerJsModule("code", {
      interact() {
        const feed = startRepl((text) => postToPage({ kind: "pysandbox:terminal", text }));
        proxy[TERMINAL_KEYS] = (keys) => feed(String(keys));
      },
    });
  }
  const running = engine;
  const hooks = reviveWorkerHooks(options.hooks);
  // An editor env's worker has no script of its own: its cells come one by one through RUN_CELL.
  if (!options.cells) await runWithHooks(running, hooks, { sync }, () => running.runAsync(options.code, options.filename));
  const exports = exposeExports(engine);
  if (options.cells) proxy[RUN_CELL] = cellRunner(running, hooks, { sync }, (id) => (displayTarget = id));
  postToPage({ kind: "pysandbox:ready", exports });
} catch (error) {
  postToPage({ kind: "pysandbox:error", traceback: failureText(error), where: "top-level" });
}

/**
 * `pyscript.window`/`document` become references served by the page's dom-bridge: one round trip per
 * Python operation, where a JS proxy seen through the engine's FFI costs several (type probing).
 */
function useDomReferences(engine: Engine): void {
  const { domChannel } = options;
  const send = domChannel ? connectDomChannel(domChannel.buffer) : proxy[DOM]!;
  engine.registerJsModule(
    "_pyscript_dom",
    pageReferenceModule(options.engine, send, (dispatch) => {
      proxy[DOM_CALLBACK] = (id, args) => void dispatch(id, args);
    }),
  );
  engine.run("import pyscript, pyscript._worker_dom as _dom\npyscript.window = _dom.window\npyscript.document = _dom.document");
}

/** Names listed in `__export__` become functions the page awaits through `workers["name"]`. */
function exposeExports(engine: Engine): string[] {
  const listed = engine.toJs(engine.getGlobal("__export__"));
  if (!Array.isArray(listed)) return [];
  const names = listed.filter((name): name is string => typeof name === "string");
  for (const name of names) {
    const fn = engine.getGlobal(name);
    if (typeof fn === "function") proxy[name] = exposeToPage(fn as Callable, "export", toJs);
  }
  return names;
}
