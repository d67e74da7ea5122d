import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileEtag } from "./file-etag";
import { contentTypeFor } from "./preview/content-type";
import { previewHeaders } from "./preview/headers";
import { immutableCaching, matchesEtag } from "./preview/responses";
import { pyodidePackagesDir } from "./pyodide-packages";
import { runtimeDistDir, runtimeManifest } from "./runtime-manifest";

const packagesDir = pyodidePackagesDir();

/**
 * Folders an engine's files may come from, first match wins. Pyodide looks for packages next to its own
 * files (indexURL), so the local package folder is served in the same place, and first: it is a Pyodide
 * distribution whose `pyodide-lock.json` describes (with checksums) the wheels it holds.
 */
const engineFolders = new Map<string, string[]>([
  ["pyodide", [packagesDir, join(process.cwd(), "node_modules", "pyodide")]],
  ["micropython", [join(process.cwd(), "node_modules", "@micropython", "micropython-webassembly-pyscript")]],
]);

/** Pyodide's package index: the package folder's when it has one, else the npm package's (which has no wheels). */
const packageIndex = "pyodide/pyodide-lock.json";

/** A path segment: no dot first (so no `..` and no dotfiles); an underscore may be (`pyscript/web/__init__.py`). */
const safeSegment = /^[A-Za-z0-9_][A-Za-z0-9._+-]*$/;

/**
 * Serves `/_runtime/<hash>/…` (the caller strips `_runtime/`): the bundle from dist/runtime/<hash>/ and the
 * interpreters from their npm packages. Those URLs are content-addressed, so the answer is cached forever and
 * a second project (another subdomain) reuses it. The package index and the package folder's files change
 * when an operator installs packages, under the same runtime hash: they are revalidated on every load (a 304
 * while unchanged), so a page loaded after an install sees the new packages without a restart.
 * Returns false when the path is not a runtime file.
 */
export async function serveRuntimeAsset(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
  const manifest = runtimeManifest();
  const [hash, ...rest] = path.split("/");
  if (!manifest || hash !== manifest.hash || !rest.length || !rest.every((s) => safeSegment.test(s))) return false;
  const file = await locate(hash, rest);
  // The build keeps brotli and gzip copies of every compressible file (scripts/build-runtime.mjs): Pyodide's
  // 9.6 MB wasm is 3.1 MB on the wire. The snapshot exists only compressed.
  const fromPackages = file !== null && file.path.startsWith(join(packagesDir, "/"));
  const copies = fromPackages ? [] : await compressedCopies(join(runtimeDistDir, hash, ...rest));
  const accepted = String(req.headers["accept-encoding"] ?? "");
  const copy = copies.find((c) => new RegExp(`\\b${c.encoding}\\b`).test(accepted)) ?? (file ? null : copies.at(-1));
  const sent = copy ?? file;
  if (!sent) return false;
  const mutable = fromPackages || rest.join("/") === packageIndex;
  const validator = mutable ? { etag: await fileEtag(sent.path, sent), "cache-control": "no-cache" } : { "cache-control": immutableCaching };
  const headers = {
    vary: "accept-encoding",
    // Isolation headers too: a worker script's own COEP decides whether that worker is cross-origin isolated.
    ...previewHeaders(true),
    ...validator,
    // Pages on other origins may read the timing (and so see cache hits: transferSize 0) of these public files.
    "timing-allow-origin": "*",
  };
  if (validator.etag && matchesEtag(req.headers["if-none-match"], validator.etag)) {
    res.writeHead(304, headers).end();
    return true;
  }
  res.writeHead(200, {
    ...(copy ? { "content-encoding": copy.encoding } : {}),
    ...headers,
    "content-type": contentTypeFor(rest.at(-1)!),
    "content-length": sent.size,
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(sent.path).pipe(res);
  return true;
}

async function locate(hash: string, rest: string[]): Promise<FileInfo | null> {
  const [first, ...inside] = rest;
  const folders = first === undefined ? undefined : engineFolders.get(first);
  // The build's own copy of an engine file (one it patched) comes before the package's.
  const built = join(runtimeDistDir, hash, ...rest);
  const candidates = folders && inside.length === 1 ? [built, ...folders.map((folder) => join(folder, inside[0]!))] : [built];
  for (const candidate of candidates) {
    const info = await fileInfo(candidate);
    if (info) return info;
  }
  return null;
}

type FileInfo = { path: string; size: number; mtimeMs: number };

async function fileInfo(path: string): Promise<FileInfo | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
}

/** Existing compressed copies of a build file, preferred first (brotli is ~15% smaller than gzip). */
async function compressedCopies(path: string): Promise<({ encoding: string } & FileInfo)[]> {
  const copies = await Promise.all(
    [["br", ".br"], ["gzip", ".gz"]].map(async ([encoding, suffix]) => {
      const info = await fileInfo(path + suffix);
      return info && { encoding: encoding!, ...info };
    }),
  );
  return copies.filter((copy) => copy !== null);
}
