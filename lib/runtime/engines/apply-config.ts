import type { LoadProgress } from "./download-progress";
import type { Engine } from "./engine";
import { unzip } from "./wheel";

type ConfigToApply = { files?: Record<string, string>; packages?: string[] };
/** `progress`: bytes of config files fetched so far (the total once all are in), packages installed out of how many. */
type Locations = { baseUrl: string; runtimeBase: string; progress?: LoadProgress };

export class PackageError extends Error {
  override name = "PackageError";
}

/**
 * Config `files` and `packages`, before any user code runs. Never touches the internet on its own:
 * Pyodide packages come from our local package folder, wheels from the URLs the page names.
 */
export async function applyConfig(engine: Engine, config: ConfigToApply, where: Locations): Promise<void> {
  const progress = where.progress ?? (() => {});
  const files = expandFilePlaceholders(config.files ?? {});
  let fileBytes = 0;
  await Promise.all(
    files.map(async ([url, dest]) => {
      fileBytes += await copyFile(engine, url, dest, where.baseUrl);
      progress("files", fileBytes);
    }),
  );
  if (files.length) progress("files", fileBytes, fileBytes);
  const packages = config.packages ?? [];
  const wheels = packages.filter(isWheelUrl);
  const named = packages.filter((spec) => !isWheelUrl(spec));
  let installed = 0;
  if (packages.length) progress("packages", 0, packages.length);
  await Promise.all(
    wheels.map(async (url) => {
      await installWheel(engine, url, where.baseUrl);
      progress("packages", ++installed, packages.length);
    }),
  );
  if (named.length) {
    await installNamed(engine, named, `${where.runtimeBase}pyodide/`);
    progress("packages", packages.length, packages.length);
  }
  if (wheels.length && engine.type === "pyodide") engine.run("import importlib; importlib.invalidate_caches()");
}

const placeholderKey = /^\{\w+\}$/;

/**
 * PyScript's `files` placeholders: a key such as `"{DOMAIN}"` names a value that replaces `{DOMAIN}` in the
 * other keys and values (and in other placeholders). Returns the (url, destination) pairs that remain.
 */
export function expandFilePlaceholders(files: Record<string, string>): [string, string][] {
  const values = new Map(Object.entries(files).filter(([key]) => placeholderKey.test(key)));
  const expand = (text: string, seen: string[]): string =>
    text.replace(/\{\w+\}/g, (name) => {
      const value = values.get(name);
      if (value === undefined) return name;
      if (seen.includes(name)) throw new PackageError(`files: the placeholder ${name} refers to itself`);
      return expand(value, [...seen, name]);
    });
  return Object.entries(files)
    .filter(([key]) => !placeholderKey.test(key))
    .map(([url, dest]) => [expand(url, []), expand(dest, [])]);
}

async function fetchBytes(url: string, baseUrl: string, what: string): Promise<Uint8Array> {
  const response = await fetch(new URL(url, baseUrl)).catch(() => null);
  if (!response?.ok) throw new PackageError(`Could not fetch ${what} ${url} (${response ? `HTTP ${response.status}` : "network error"})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Returns the number of bytes written. */
async function copyFile(engine: Engine, url: string, dest: string, baseUrl: string): Promise<number> {
  // PyScript: an empty destination or a folder (trailing slash) keeps the source's file name.
  const name = url.split("/").pop() ?? url;
  const path = !dest ? name : dest.endsWith("/") ? `${dest}${name}` : dest;
  const bytes = await fetchBytes(url, baseUrl, "file");
  engine.writeFile(path, bytes);
  return bytes.byteLength;
}

function isWheelUrl(spec: string): boolean {
  return /\.whl(\?.*)?$/i.test(spec) || spec.includes("/");
}

async function installWheel(engine: Engine, url: string, baseUrl: string): Promise<void> {
  const files = await unzip(await fetchBytes(url, baseUrl, "wheel"));
  for (const [path, data] of files) engine.writeFile(`${engine.sitePackages}/${path}`, data);
}

const operatorHint =
  "An operator adds packages to this server with `npm run packages:install -- <Pyodide distribution archive>`.";

type LockEntry = { file_name: string; depends?: string[] };

/**
 * Named packages come from the server's local package folder. Every one, and every package it depends on,
 * is checked there first, so a missing one fails at once with its name instead of a stalled load.
 */
async function installNamed(engine: Engine, names: string[], pyodideBase: string): Promise<void> {
  if (engine.type !== "pyodide") {
    throw new PackageError(`Package ${names.map((n) => `'${n}'`).join(", ")} not found: MicroPython installs only wheels by URL here.`);
  }
  const lockResponse = await fetch(`${pyodideBase}pyodide-lock.json`).catch(() => null);
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
  for (const name of names) collect(name, null);
  await Promise.all(
    [...needed.values()].map(async ({ name, entry, wantedBy }) => {
      const head = await fetch(`${pyodideBase}${entry.file_name}`, { method: "HEAD" }).catch(() => null);
      if (!head?.ok) throw missing(name, wantedBy, `${entry.file_name} is not in the local package folder`);
    }),
  );
  await engine.runAsync(`import pyodide_js\nawait pyodide_js.loadPackage(${JSON.stringify(names)})`, "<packages>");
}
