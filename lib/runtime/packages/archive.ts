import { gunzip, untar } from "./tar";
import { unzip } from "./wheel";

export type ArchiveKind = "zip" | "tar.gz";
/** An entry to create below the destination folder; `path` is relative and stays inside it. */
export type ArchiveEntry = { path: string; kind: "file" | "folder"; data: Uint8Array };

/** The archives config `files` unpacks, told by the URL's extension (a query string is ignored). */
export function archiveKind(url: string): ArchiveKind | null {
  const path = url.replace(/[?#].*$/, "").toLowerCase();
  if (path.endsWith(".zip")) return "zip";
  if (path.endsWith(".tar.gz") || path.endsWith(".tgz")) return "tar.gz";
  return null;
}

export class ArchiveError extends Error {
  override name = "ArchiveError";
}

/** Every entry of the archive, each path checked so that nothing lands outside the destination folder. */
export async function readArchive(bytes: Uint8Array, kind: ArchiveKind, url: string): Promise<ArchiveEntry[]> {
  let raw;
  try {
    raw = kind === "zip" ? [...(await unzip(bytes))].map(([name, data]) => ({ name, kind: "file" as const, data })) : untar(await tarBytes(bytes));
  } catch (error) {
    throw new ArchiveError(`${url}: ${(error as Error).message}`);
  }
  return raw
    .map((entry) => ({ path: entryPath(entry.name, url), kind: entry.kind, data: entry.data }))
    .filter((entry) => entry.path !== "");
}

/**
 * A server that sends a .tar.gz with `Content-Encoding: gzip` has the browser inflate it already: a plain tar
 * (its `ustar` magic at byte 257) is read as it is.
 */
async function tarBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const isPlainTar = bytes[0] !== 0x1f && new TextDecoder().decode(bytes.subarray(257, 262)) === "ustar";
  return isPlainTar ? bytes : gunzip(bytes);
}

/**
 * The entry's path relative to the destination, without `.` segments or a leading `./`. An absolute path or
 * a `..` segment would write outside the destination folder, which an archive must never do: an error.
 */
export function entryPath(name: string, url: string): string {
  const segments = name.split("/");
  if (name.startsWith("/") || /^[A-Za-z]:/.test(name) || segments.includes("..")) {
    throw new ArchiveError(`${url}: the entry "${name}" would be written outside the destination folder`);
  }
  return segments.filter((segment) => segment !== "" && segment !== ".").join("/");
}
