import { copyFile, fetchBytes, configFiles, type Fetching } from "./config-files";
import type { LoadProgress } from "../interpreters/download-progress";
import type { Engine } from "../interpreters/engine";
import type { FetchEntry } from "./fetch-key";
import { PackageError } from "./package-error";
import { loadRemoteConfig, planPackages } from "./remote-package";
import { parseRequirement, unmetConstraint } from "./requirement";
import { unzip } from "./wheel";

export type ConfigToApply = { files?: Record<string, string>; fetch?: FetchEntry[]; packages?: string[]; packages_cache?: string };
/** `progress`: bytes of config files fetched so far (the total once all are in), packages installed out of how many. */
/** `filesBaseUrl`: where `files` and `fetch` URLs resolve (a config loaded by URL: its own URL, as PyScript does). */
export type Locations = { baseUrl: string; filesBaseUrl?: string; runtimeBase: string; progress?: LoadProgress };

/**
 * Config `files` (and the older `fetch`) and `packages`, before any user code runs. Never touches the
 * internet on its own: Pyodide packages come from our local package folder, everything else from the URLs
 * the page names. This module is the `config-install.js` chunk (packages/apply-config.ts loads it).
 */
export async function installConfig(engine: Engine, config: ConfigToApply, where: Locations): Promise<void> {
  const progress = where.progress ?? (() => {});
  const files = configFiles(config);
  let fileBytes = 0;
  await Promise.all(
    files.map(async ([url, dest]) => {
      fileBytes += await copyFile(engine, url, dest, { baseUrl: where.filesBaseUrl ?? where.baseUrl, cache: "default" });
      progress("files", fileBytes);
    }),
  );
  if (files.length) progress("files", fileBytes, fileBytes);
  if (!config.packages?.length) return;
  // PyScript's `never` keeps packages out of its own cache; ours is the browser's HTTP cache, so skip that.
  const cache: RequestCache = config.packages_cache === "never" ? "no-store" : "default";
  const plan = await planPackages(config.packages, where.baseUrl, engine.sitePackages, (url) => loadRemoteConfig(url, cache, where.runtimeBase));
  const total = plan.wheels.length + plan.emfs.length + plan.remote.length + plan.named.length;
  let installed = 0;
  const done = () => progress("packages", ++installed, total);
  progress("packages", 0, total);
  await Promise.all([
    ...plan.wheels.map(async (url) => {
      await installWheel(engine, await fetchBytes(url, { baseUrl: where.baseUrl, cache }, "wheel"));
      done();
    }),
    ...plan.remote.map(async (remote) => {
      const fetching: Fetching = { baseUrl: remote.configUrl, cache };
      await Promise.all(remote.files.map(([url, dest]) => copyFile(engine, url, dest, fetching)));
      done();
    }),
  ]);
  // After `files` and the wheels above: an emfs:// wheel may have been put there by either.
  for (const path of plan.emfs) {
    await installWheel(engine, readEmfsWheel(engine, path));
    done();
  }
  if (plan.named.length) {
    await installNamed(engine, plan.named, `${where.runtimeBase}pyodide/`, cache);
    progress("packages", total, total);
  }
  const wroteModules = plan.wheels.length || plan.emfs.length || plan.remote.length;
  if (wroteModules && engine.type === "pyodide") engine.run("import importlib; importlib.invalidate_caches()");
}

function readEmfsWheel(engine: Engine, path: string): Uint8Array {
  try {
    return engine.readFile(path);
  } catch {
    throw new PackageError(`emfs://${path}: no such file in the interpreter's file system (put it there with config files first)`);
  }
}

async function installWheel(engine: Engine, bytes: Uint8Array): Promise<void> {
  const files = await unzip(bytes);
  for (const [path, data] of files) engine.writeFile(`${engine.sitePackages}/${path}`, data);
}

const operatorHint =
  "An operator adds packages to this server with `npm run packages:install -- <Pyodide distribution archive>`.";

type LockEntry = { file_name: string; version?: string; depends?: string[] };

/**
 * Named packages come from the server's local package folder. Every one, and every package it depends on,
 * is checked there first, so a missing one fails at once with its name instead of a stalled load. A version
 * constraint (`"snowballstemmer>=2.2.0"`) is checked against the version the local index has.
 */
async function installNamed(engine: Engine, specs: string[], pyodideBase: string, cache: RequestCache = "default"): Promise<void> {
  if (engine.type !== "pyodide") {
    throw new PackageError(`Package ${specs.map((n) => `'${n}'`).join(", ")} not found: MicroPython installs no packages by name here, only wheels (by URL or emfs://) and remote package configs.`);
  }
  const requirements = specs.map((spec) => ({ spec, ...parseRequirement(spec) }));
  const lockResponse = await fetch(`${pyodideBase}pyodide-lock.json`, { cache }).catch(() => null);
  if (!lockResponse?.ok) throw new PackageError(`The local Pyodide package index could not be read. ${operatorHint}`);
  const lock = new Map(Object.entries(((await lockResponse.json()) as { packages: Record<string, LockEntry> }).packages));
  const needed = new Map<string, { name: string; entry: LockEntry; wantedBy: string | null }>();
  const missing = (name: string, wantedBy: string | null, where: string) =>
    new PackageError(`Package '${name}'${wantedBy ? ` (needed by '${wantedBy}')` : ""} is not available on this server: ${where}. ${operatorHint}`);
  const collect = (name: string, wantedBy: string | null): void => {
    const key = name.toLowerCase();
    if (needed.has(key)) return;
    const entry = lock.get(key);
    if (!entry) throw missing(name, wantedBy, "it is not in the local Pyodide package index");
    needed.set(key, { name, entry, wantedBy });
    for (const dependency of entry.depends ?? []) collect(dependency, wantedBy ?? name);
  };
  for (const { name } of requirements) collect(name, null);
  for (const { spec, name, constraints } of requirements) {
    const version = lock.get(name.toLowerCase())!.version ?? "";
    const unmet = unmetConstraint(version, constraints);
    if (unmet) {
      throw new PackageError(`Package '${spec}': this server has ${name} ${version || "(no version)"}, which does not satisfy ${unmet.operator}${unmet.version}. ${operatorHint}`);
    }
  }
  await Promise.all(
    [...needed.values()].map(async ({ name, entry, wantedBy }) => {
      const head = await fetch(`${pyodideBase}${entry.file_name}`, { method: "HEAD", cache }).catch(() => null);
      if (!head?.ok) throw missing(name, wantedBy, `${entry.file_name} is not in the local package folder`);
    }),
  );
  const names = requirements.map(({ name }) => name);
  await engine.runAsync(`import pyodide_js\nawait pyodide_js.loadPackage(${JSON.stringify(names)})`, "<packages>");
}

/**
 * `py_import(*names)`: loads, on Pyodide, those names the local package index knows (each with its
 * dependencies); any other name is left to the import that follows, which raises ModuleNotFoundError.
 */
export async function loadIndexedPackages(engine: Engine, names: string[], runtimeBase: string): Promise<void> {
  const lock = (await (await fetch(`${runtimeBase}pyodide/pyodide-lock.json`)).json()) as { packages: Record<string, unknown> };
  const known = names.filter((name) => Object.hasOwn(lock.packages, name.toLowerCase()));
  if (known.length) await installNamed(engine, known, `${runtimeBase}pyodide/`);
}
