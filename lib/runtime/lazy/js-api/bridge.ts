/**
 * `python-bridge.js` beside core.js: PyScript's bridge (`@pyscript/bridge`), which makes the top-level
 * functions of the `.py` file next to a JavaScript module callable from JavaScript. Loaded by core.js's
 * `bridge()` only, which the served `bridge.js` module calls.
 */
import type { EngineType } from "../../interpreters/engine";
import bridgeSource from "./bridge.py";
import type { BridgeExports, BridgeOptions, JsApiHost } from "./host";
import { configOf, engineTypeOf, pythonError } from "./options";
import tracebackSource from "./traceback.py";

type Failure = { ok: false; type: string; message: string; traceback: string };
type Answer<T> = { ok: true; value: T } | Failure;
type Loaded = { id: number; names: string[] };

/** One Python environment: the page's interpreter of a type, or a worker; `env` names one several modules share. */
type Environment = {
  load(env: string, name: string, source: string, filename: string): Promise<Answer<Loaded>>;
  call(id: number, name: string, args: string): Promise<Answer<unknown>>;
};

const LOAD = "_pysandbox_bridge_load";
const CALL = "_pysandbox_bridge_call";
const glue = `${tracebackSource}\n${bridgeSource}`;

const environments = new Map<string, Promise<Environment>>();
let unnamed = 0;

export async function bridge(moduleUrl: string, options: BridgeOptions, host: JsApiHost): Promise<BridgeExports> {
  const type = engineTypeOf(options.type, "bridge()");
  // PyScript: a config means a worker, so the page's own interpreter keeps the page's config.
  const inWorker = options.config !== undefined || options.worker !== false;
  const pyUrl = new URL(moduleUrl);
  pyUrl.pathname = pyUrl.pathname.replace(/(\.[cm]?js)?$/, ".py");
  pyUrl.search = "";
  const response = await fetch(pyUrl);
  if (!response.ok) throw new Error(`bridge(): could not load ${pyUrl.href} (HTTP ${response.status})`);
  const source = await response.text();
  const filename = decodeURIComponent(pyUrl.pathname.split("/").pop()!);
  const env = options.env ? String(options.env) : "";
  const key = `${type}\0${inWorker ? "worker" : "main"}\0${env || `\0${++unnamed}`}`;
  let environment = environments.get(key);
  if (!environment) {
    environment = inWorker ? workerEnvironment(type, options, source, host) : mainEnvironment(type, host);
    environments.set(key, environment);
  }
  const python = await environment;
  const loaded = await python.load(env, filename.replace(/\.py$/, ""), source, filename);
  if (!loaded.ok) throw pythonError(loaded);
  const { id, names } = loaded.value;
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (...args: unknown[]) => {
        const answer = await python.call(id, name, JSON.stringify(args));
        if (!answer.ok) throw pythonError(answer);
        return answer.value;
      },
    ]),
  );
}

/** The page's own interpreter of that type (the one its `<script type>`s share); the glue is a module there. */
async function mainEnvironment(type: EngineType, host: JsApiHost): Promise<Environment> {
  const { engine } = await host.interpreterFor(type, host.context);
  engine.writeFile(`${engine.sitePackages}/_pysandbox_bridge.py`, glue);
  engine.run("import _pysandbox_bridge");
  const module = engine.getGlobal("_pysandbox_bridge") as Record<string, (...args: unknown[]) => unknown>;
  engine.run("del _pysandbox_bridge");
  const load = module[LOAD]!;
  const call = module[CALL]!;
  return {
    load: async (...args) => engine.toJs(load(...args)) as Answer<Loaded>,
    call: async (...args) => engine.toJs(await call(...args)) as Answer<unknown>,
  };
}

/** A worker of its own (per `env`), configured by `config` or else by the page's config for that type. */
async function workerEnvironment(type: EngineType, options: BridgeOptions, source: string, host: JsApiHost): Promise<Environment> {
  const config = await configOf(options.config, type, host);
  const handle = host.spawnWorker({
    type,
    code: glue,
    filename: "bridge",
    target: "",
    config,
    serviceWorker: host.serviceWorkerFor(null, source, config),
    errorAnchor: null,
    context: host.context,
  });
  host.registerWorker(handle, null);
  await handle.ready;
  return {
    load: (...args) => handle.call(handle.proxy[LOAD]!, args) as Promise<Answer<Loaded>>,
    call: (...args) => handle.call(handle.proxy[CALL]!, args) as Promise<Answer<unknown>>,
  };
}
