import type { Engine } from "./engine";
import { unzip } from "./wheel";

type ConfigToApply = { files?: Record<string, string>; packages?: string[] };
type Locations = { baseUrl: string; runtimeBase: string };

export class PackageError extends Error {
  override name = "PackageError";
}

/**
 * Config `files` and `packages`, before any user code runs. Never touches the internet on its own:
 * Pyodide packages come from our local package folder, wheels from the URLs the page names.
 */
export async function applyConfig(engine: Engine, config: ConfigToApply, where: Locations): Promise<void> {
  const files = expandFilePlaceholders(config.files ?? {});
  await Promise.all(files.map(([url, dest]) => copyFile(engine, url, dest, where.baseUrl)));
  const packages = config.packages ?? [];
  const wheels = packages.filter(isWheelUrl);
  const named = packages.filter((spec) => !isWheelUrl(spec));
  await Promise.all(wheels.map((url) => installWheel(engine, url, where.baseUrl)));
  if (named.length) await installNamed(engine, named, `${where.runtimeBase}pyodide/`);
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

async function copyFile(engine: Engine, url: string, dest: string, baseUrl: string): Promise<void> {
  // PyScript: a .zip whose destination is a folder followed by `*` (`./dest/*`, `/*`) is unpacked there.
  if (dest.endsWith("*") && /\.zip(\?.*)?$/i.test(url)) {
    const folder = dest.slice(0, -1);
    const files = await unzip(await fetchBytes(url, baseUrl, "archive"));
    for (const [path, data] of files) engine.writeFile(`${folder}${folder && !folder.endsWith("/") ? "/" : ""}${path}`, data);
    return;
  }
  // PyScript: an empty destination or a folder (trailing slash) keeps the source's file name.
  const name = url.split("/").pop() ?? url;
  const path = !dest ? name : dest.endsWith("/") ? `${dest}${name}` : dest;
  engine.writeFile(path, await fetchBytes(url, baseUrl, "file"));
}

function isWheelUrl(spec: string): boolean {
  return /\.whl(\?.*)?$/i.test(spec) || spec.includes("/");
}

async function installWheel(engine: Engine, url: string, baseUrl: string): Promise<void> {
  const files = await unzip(await fetchBytes(url, baseUrl, "wheel"));
  for (const [path, data] of files) engine.writeFile(`${engine.sitePackages}/${path}`, data);
}

async function installNamed(engine: Engine, names: string[], pyodideBase: string): Promise<void> {
  if (engine.type !== "pyodide") {
    throw new PackageError(`Package ${names.map((n) => `'${n}'`).join(", ")} not found: MicroPython installs only wheels by URL here.`);
  }
  const lock = (await (await fetch(`${pyodideBase}pyodide-lock.json`)).json()) as { packages: Record<string, { file_name: string }> };
  for (const name of names) {
    const entry = Object.hasOwn(lock.packages, name.toLowerCase()) ? lock.packages[name.toLowerCase()] : undefined;
    if (!entry) throw new PackageError(`Package '${name}' not found: it is not in the local Pyodide package index.`);
    const head = await fetch(`${pyodideBase}${entry.file_name}`, { method: "HEAD" });
    if (!head.ok) throw new PackageError(`Package '${name}' not found: ${entry.file_name} is not in the local package folder.`);
  }
  await engine.runAsync(`import pyodide_js\nawait pyodide_js.loadPackage(${JSON.stringify(names)})`, "<packages>");
}

/**
 * `py_import(*names)`: loads, on Pyodide, those names the local package index knows (each with its
 * dependencies); any other name is left to the import that follows, which raises ModuleNotFoundError.
 */
export async function loadIndexedPackages(engine: Engine, names: string[], runtimeBase: string): Promise<void> {
  if (engine.type !== "pyodide" || names.length === 0) return;
  const lock = (await (await fetch(`${runtimeBase}pyodide/pyodide-lock.json`)).json()) as { packages: Record<string, unknown> };
  const known = names.filter((name) => Object.hasOwn(lock.packages, name.toLowerCase()));
  if (known.length) await installNamed(engine, known, `${runtimeBase}pyodide/`);
}
