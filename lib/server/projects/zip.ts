import "server-only";
import { Unzip, UnzipInflate, zipSync } from "fflate";
import type { UnzipFile, Zippable } from "fflate";
import { limits } from "../../config";
import { AppError } from "../../errors";
import { assertProjectCaps } from "./file-content";
import type { FileBytes } from "./file-content";
import { filePathSchema } from "./schemas";

/**
 * A project's files as one zip, every entry under one folder (`<folder>/<path>`), as GitHub's archives
 * are: unzipped, it makes one folder, and importing it back strips that folder, so a round trip keeps
 * every path. The folder prefix also means no entry name is ever a bare `__proto__` key of `Zippable`.
 * Files that compress well are deflated; the rest (images, wasm) are stored.
 */
export function createProjectZip(folder: string, files: { path: string; content: Uint8Array }[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.path}`] = [file.content, { level: 6 }];
  return zipSync(entries, { mtime: modified });
}

/**
 * Reads a zip as its bytes arrive (`write`), then hands back its files (`finish`). Nothing in the zip's
 * headers is trusted: each entry is inflated from at most `pushBytes` of compressed bytes at a time (a
 * deflate stream expands at most ~1032×, so one step makes at most ~4 MB), and the caps of lib/config.ts
 * are checked on the bytes actually produced, so a zip bomb stops within one step of crossing a cap.
 * Entry names must be project paths (filePathSchema, drive letters included): a zip-slip entry is a 400
 * naming it. Folder entries and macOS's `__MACOSX/` and `.DS_Store` extras are skipped, and a single
 * top-level folder around everything is stripped.
 */
export type ProjectZipReader = { write(chunk: Uint8Array): void; finish(): FileBytes[] };

const pushBytes = 4096;
const zipSignatures = [0x04034b50, 0x06054b50];

type Entry = { name: string; chunks: Uint8Array[]; size: number };

export function createProjectZipReader(): ProjectZipReader {
  const entries: Entry[] = [];
  const names = new Set<string>();
  let total = 0;
  let failure: unknown = null;
  const head: number[] = [];

  const onEntry = (file: UnzipFile) => {
    if (failure) return;
    try {
      const entry = acceptEntry(file);
      if (entry) startEntry(file, entry);
    } catch (error) {
      failure = error;
    }
  };

  const acceptEntry = (file: UnzipFile): Entry | null => {
    const isFolder = file.name.endsWith("/");
    const name = isFolder ? file.name.slice(0, -1) : file.name;
    assertSafeEntryName(file.name, name);
    if (isFolder || isMacExtra(name)) return null;
    if (names.has(name)) throw new AppError("bad_request", `The zip has two entries called ${quoted(name)}.`);
    names.add(name);
    if (file.compression !== 0 && file.compression !== 8) {
      throw new AppError("bad_request", `The zip entry ${quoted(name)} uses compression method ${file.compression}; only stored and deflated entries can be read.`);
    }
    const entry: Entry = { name, chunks: [], size: 0 };
    entries.push(entry);
    assertProjectCaps(entries.length, total);
    return entry;
  };

  const startEntry = (file: UnzipFile, entry: Entry) => {
    const stored = file.compression === 0;
    file.ondata = (error, data) => {
      if (failure) return;
      if (error) {
        failure = new AppError("bad_request", `The zip entry ${quoted(entry.name)} is damaged: ${error.message}.`);
        return;
      }
      entry.size += data.byteLength;
      total += data.byteLength;
      if (entry.size > limits.fileBytes) {
        failure = new AppError("payload_too_large", `The zip entry ${quoted(entry.name)} is larger than ${limits.fileBytes} bytes.`);
        return;
      }
      try {
        assertProjectCaps(entries.length, total);
      } catch (capError) {
        failure = capError;
        return;
      }
      // A stored entry's data is a view of the request's own chunk: keep a copy.
      if (data.byteLength > 0) entry.chunks.push(stored ? data.slice() : data);
    };
    file.start();
  };

  const unzip = new Unzip(onEntry);
  unzip.register(UnzipInflate);

  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      failure ??= new AppError("bad_request", final ? "The zip file is incomplete: it ends in the middle of an entry." : `The zip file is damaged (${messageOf(error)}).`);
    }
    if (failure) throw failure;
  };

  return {
    write(chunk) {
      for (let i = 0; head.length < 4 && i < chunk.byteLength; i++) head.push(chunk[i]!);
      for (let at = 0; at < chunk.byteLength; at += pushBytes) push(chunk.subarray(at, at + pushBytes), false);
    },
    finish() {
      push(new Uint8Array(0), true);
      const signature = head.length === 4 ? (head[0]! | (head[1]! << 8) | (head[2]! << 16) | (head[3]! << 24)) >>> 0 : -1;
      if (!zipSignatures.includes(signature)) throw new AppError("bad_request", "The upload is not a zip file.");
      if (entries.length === 0) throw new AppError("bad_request", "The zip holds no files.");
      return withoutSharedFolder(entries).map(({ path, chunks, size }) => {
        const parsed = filePathSchema.safeParse(path);
        if (!parsed.success) throw new AppError("bad_request", `The zip entry ${quoted(path)} cannot be a project file: ${parsed.error.issues[0]?.message}.`);
        return { path, content: concat(chunks, size), size };
      });
    },
  };
}

/**
 * Refuses an entry that could land outside the project: the same rules as every path the API takes. Only a
 * name too long is let through here: the shared folder stripped later may
 * shorten it, and the path is checked again then.
 */
function assertSafeEntryName(rawName: string, name: string): void {
  const parsed = filePathSchema.safeParse(name);
  if (parsed.success) return;
  const issue = parsed.error.issues.find((i) => i.code !== "too_big");
  if (issue) throw new AppError("bad_request", `The zip entry ${quoted(rawName)} is refused: ${issue.message}.`);
}

function isMacExtra(name: string): boolean {
  return name === "__MACOSX" || name.startsWith("__MACOSX/") || name === ".DS_Store" || name.endsWith("/.DS_Store");
}

/** `repo-main/a.py`, `repo-main/b/c.py` → `a.py`, `b/c.py`: only when every file is in that one folder. */
function withoutSharedFolder(entries: Entry[]): (Entry & { path: string })[] {
  const first = entries[0]!.name.split("/")[0]!;
  const shared = entries.every((e) => e.name.startsWith(`${first}/`));
  return entries.map((e) => ({ ...e, path: shared ? e.name.slice(first.length + 1) : e.name }));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** An entry name as a message shows it: quoted, with control characters (a NUL) escaped. */
const quoted = (name: string) => JSON.stringify(name);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
