import type { ConfigParserChunk } from "../lazy/config-parser";
import type { PyConfig } from "../main/config";
import { ConfigError } from "../main/config-error";
import { configFiles } from "./config-files";
import { PackageError } from "./package-error";

/**
 * What config `packages` asks for, once every remote package config has been read: names for the local
 * Pyodide index (constraints kept), wheel URLs (absolute), wheels already in the file system (`emfs://`),
 * and remote packages with the files each puts under its own folder in site-packages.
 */
export type PackagePlan = { named: string[]; wheels: string[]; emfs: string[]; remote: RemotePackage[] };
/** `files`: absolute URL -> destination path below `<site-packages>/<name>/` (a trailing `/` keeps the file name). */
export type RemotePackage = { name: string; configUrl: string; files: [string, string][] };

type PackageKind = "named" | "wheel" | "emfs" | "remote";

/** PyScript's forms of a `packages` entry. */
export function packageKind(spec: string): PackageKind {
  if (spec.startsWith("emfs://")) return "emfs";
  if (/\.(toml|json)([?#].*)?$/i.test(spec)) return "remote";
  if (/\.whl([?#].*)?$/i.test(spec) || spec.includes("/")) return "wheel";
  return "named";
}

/**
 * Walks `packages`, reading each remote package config (through `load`) and the packages it lists in turn,
 * URLs relative to the config that names them. A config already read (a cycle, or two packages sharing one)
 * is not read again.
 */
export async function planPackages(
  specs: string[],
  baseUrl: string,
  sitePackages: string,
  load: (url: string) => Promise<PyConfig>,
): Promise<PackagePlan> {
  const seen = new Set<string>();
  const visit = async (list: string[], base: string): Promise<PackagePlan[]> =>
    Promise.all(
      list.map(async (spec): Promise<PackagePlan> => {
        const plan: PackagePlan = { named: [], wheels: [], emfs: [], remote: [] };
        const kind = packageKind(spec);
        if (kind === "named") plan.named.push(spec);
        else if (kind === "emfs") plan.emfs.push(spec.slice("emfs://".length));
        else if (kind === "wheel") plan.wheels.push(new URL(spec, base).href);
        else {
          const url = new URL(spec, base).href;
          if (seen.has(url)) return plan;
          seen.add(url);
          const config = await load(url);
          plan.remote.push(remotePackage(url, config, sitePackages));
          return merge([plan, ...(await visit(config.packages ?? [], url))]);
        }
        return plan;
      }),
    );
  const plan = merge(await visit(specs, baseUrl));
  return { ...plan, named: [...new Set(plan.named)], wheels: [...new Set(plan.wheels)], emfs: [...new Set(plan.emfs)] };
}

function merge(plans: PackagePlan[]): PackagePlan {
  return {
    named: plans.flatMap((plan) => plan.named),
    wheels: plans.flatMap((plan) => plan.wheels),
    emfs: plans.flatMap((plan) => plan.emfs),
    remote: plans.flatMap((plan) => plan.remote),
  };
}

/**
 * A remote package config: its `name` is the package's import name, its `files` (URLs relative to the
 * config) go below `<site-packages>/<name>/`. An empty destination keeps the source's path relative to the
 * config (`"./sub/module.py" = ""` becomes `<name>/sub/module.py`), as PyScript's example expects.
 */
export function remotePackage(configUrl: string, config: PyConfig, sitePackages: string): RemotePackage {
  const name = config.name;
  if (typeof name !== "string" || !/^[A-Za-z_]\w*$/.test(name)) {
    throw new ConfigError(
      `The remote package config ${configUrl} needs a name, the package's import name (name = "my_package")${name === undefined ? "" : `; got ${JSON.stringify(name)}`}`,
    );
  }
  const folder = `${sitePackages}/${name}/`;
  const files = configFiles(config).map(([source, dest]): [string, string] => [
    new URL(source, configUrl).href,
    `${folder}${withoutLeadingDots(dest === "" ? sourcePath(source) : dest)}`,
  ]);
  return { name, configUrl, files };
}

/** A relative source inside the config's folder keeps its path; anything else only its file name (empty). */
function sourcePath(source: string): string {
  const isRelative = !/^[a-z][a-z\d+.-]*:/i.test(source) && !source.startsWith("/");
  return isRelative && !source.split("/").includes("..") ? source : "";
}

function withoutLeadingDots(path: string): string {
  return path.replace(/^(\.?\/)+/, "");
}

/**
 * Reads a remote package config (TOML or JSON, by its extension); a bad one is an error naming its URL. The
 * reader comes from its own chunk beside core.js (`runtimeBase`), fetched by the first remote package.
 */
export async function loadRemoteConfig(url: string, cache: RequestCache, runtimeBase: string): Promise<PyConfig> {
  const [{ parseConfig }, response] = await Promise.all([
    import(/* @vite-ignore */ new URL("config-parser.js", runtimeBase).href) as Promise<ConfigParserChunk>,
    fetch(url, { cache }).catch(() => null),
  ]);
  if (!response?.ok) throw new PackageError(`Could not fetch the remote package config ${url} (${response ? `HTTP ${response.status}` : "network error"})`);
  const text = await response.text();
  // parseConfig tells JSON from TOML by the first character; a .json file is JSON whatever it starts with.
  const asJson = /\.json([?#].*)?$/i.test(url);
  try {
    return await parseConfig(asJson ? JSON.stringify(JSON.parse(text)) : text, url);
  } catch (error) {
    throw new ConfigError(`The remote package config ${url}: ${(error as Error).message}`);
  }
}
