import { archiveKind, readArchive } from "./archive";
import type { Engine } from "../interpreters/engine";
import { fetchKeyFiles, type FetchEntry } from "./fetch-key";
import { PackageError } from "./package-error";

/** The config keys that put files into the interpreter's file system. */
export type FilesConfig = { files?: Record<string, string>; fetch?: FetchEntry[] };
/** Where relative URLs start from, and the fetch cache mode (`packages_cache = "never"` is `no-store`). */
export type Fetching = { baseUrl: string; cache: RequestCache };

/** Config `files` (placeholders expanded) and the older `[[fetch]]` entries, as (url, destination) pairs. */
export function configFiles(config: FilesConfig): [string, string][] {
  return [...expandFilePlaceholders(config.files ?? {}), ...fetchKeyFiles(config.fetch ?? [])];
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

export async function fetchBytes(url: string, fetching: Fetching, what: string): Promise<Uint8Array> {
  const response = await fetch(new URL(url, fetching.baseUrl), { cache: fetching.cache }).catch(() => null);
  if (!response?.ok) throw new PackageError(`Could not fetch ${what} ${url} (${response ? `HTTP ${response.status}` : "network error"})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetches one `files` entry into the file system; returns the number of bytes written. */
export async function copyFile(engine: Engine, url: string, dest: string, fetching: Fetching): Promise<number> {
  // PyScript: a .zip or .tar.gz whose destination is a folder followed by `*` (`./dest/*`, `/*`) is unpacked there.
  const archive = dest.endsWith("*") ? archiveKind(url) : null;
  if (archive) {
    const folder = dest.slice(0, -1);
    const prefix = folder && !folder.endsWith("/") ? `${folder}/` : folder;
    const entries = await readArchive(await fetchBytes(url, fetching, "archive"), archive, url);
    let written = 0;
    for (const entry of entries) {
      if (entry.kind === "folder") engine.makeFolder(`${prefix}${entry.path}`);
      else engine.writeFile(`${prefix}${entry.path}`, entry.data);
      written += entry.data.byteLength;
    }
    return written;
  }
  // PyScript: an empty destination or a folder (trailing slash) keeps the source's file name.
  const name = url.replace(/[?#].*$/, "").split("/").pop() ?? url;
  const path = !dest ? name : dest.endsWith("/") ? `${dest}${name}` : dest;
  const bytes = await fetchBytes(url, fetching, "file");
  engine.writeFile(path, bytes);
  return bytes.byteLength;
}
