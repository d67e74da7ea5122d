import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { contentTypeFor } from "./preview/content-type";
import { previewHeaders } from "./preview/headers";
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

const safeSegment = /^[A-Za-z0-9][A-Za-z0-9._+-]*$/;

/**
 * Serves `/_runtime/<hash>/…` (the caller strips `_runtime/`): the bundle from dist/runtime/<hash>/ and the
 * interpreters from their npm packages. Every URL is content-addressed, so the answer is cached forever and a
 * second project (another subdomain) reuses it. Returns false when the path is not a runtime file.
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
  res.writeHead(200, {
    ...(copy ? { "content-encoding": copy.encoding } : {}),
    vary: "accept-encoding",
    // Isolation headers too: a worker script's own COEP decides whether that worker is cross-origin isolated.
    ...previewHeaders(true),
    "content-type": contentTypeFor(rest.at(-1)!),
    "content-length": sent.size,
    "cache-control": "public, max-age=31536000, immutable",
    // Pages on other origins may read the timing (and so see cache hits: transferSize 0) of these public files.
    "timing-allow-origin": "*",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(sent.path).pipe(res);
  return true;
}

async function locate(hash: string, rest: string[]): Promise<{ path: string; size: number } | null> {
  const [first, ...inside] = rest;
  const folders = first === undefined ? undefined : engineFolders.get(first);
  const candidates =
    folders && inside.length === 1 ? folders.map((folder) => join(folder, inside[0]!)) : [join(runtimeDistDir, hash, ...rest)];
  for (const candidate of candidates) {
    const info = await fileInfo(candidate);
    if (info) return info;
  }
  return null;
}

async function fileInfo(path: string): Promise<{ path: string; size: number } | null> {
  const info = await stat(path).catch(() => null);
  return info?.isFile() ? { path, size: info.size } : null;
}

/** Existing compressed copies of a build file, preferred first (brotli is ~15% smaller than gzip). */
async function compressedCopies(path: string): Promise<{ encoding: string; path: string; size: number }[]> {
  const copies = await Promise.all(
    [["br", ".br"], ["gzip", ".gz"]].map(async ([encoding, suffix]) => {
      const info = await fileInfo(path + suffix);
      return info && { encoding: encoding!, ...info };
    }),
  );
  return copies.filter((copy) => copy !== null);
}
