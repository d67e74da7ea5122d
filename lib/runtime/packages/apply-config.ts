import type { ConfigInstallChunk } from "./config-install";
import type { Engine } from "../interpreters/engine";
import type { ConfigToApply, Locations } from "./install-config";

/** Whether a config puts anything into the interpreter: only then is the installing code downloaded. */
function needsInstall(config: ConfigToApply): boolean {
  return Boolean(config.packages?.length || config.fetch?.length || Object.keys(config.files ?? {}).length);
}

/** The `config-install.js` chunk beside core.js (the browser keeps one copy however often it is asked for). */
function installChunk(runtimeBase: string): Promise<ConfigInstallChunk> {
  return import(/* @vite-ignore */ new URL("config-install.js", runtimeBase).href) as Promise<ConfigInstallChunk>;
}

/** Starts downloading the installing code as soon as the config is known, while the interpreter loads. */
export function prefetchConfigInstall(config: ConfigToApply, runtimeBase: string): void {
  if (needsInstall(config)) void installChunk(runtimeBase).catch(() => {});
}

/** Config `files` (and `fetch`) and `packages`, before any user code runs (packages/install-config.ts). */
export async function applyConfig(engine: Engine, config: ConfigToApply, where: Locations): Promise<void> {
  if (!needsInstall(config)) return;
  await (await installChunk(where.runtimeBase)).installConfig(engine, config, where);
}

/** `py_import(*names)`: the names the local Pyodide package index knows are loaded first (Pyodide only). */
export async function loadIndexedPackages(engine: Engine, names: string[], runtimeBase: string): Promise<void> {
  if (engine.type !== "pyodide" || names.length === 0) return;
  await (await installChunk(runtimeBase)).loadIndexedPackages(engine, names, runtimeBase);
}
