import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";

const known = new Map<string, { stamp: string; etag: string }>();

/**
 * A strong validator of a file's bytes: its sha256, read again only when the file's size or mtime changed.
 * Of the bytes rather than the mtime, so instances with their own copy of a file agree on it.
 */
export async function fileEtag(path: string, info: { size: number; mtimeMs: number }): Promise<string> {
  const stamp = `${info.size}:${info.mtimeMs}`;
  const cached = known.get(path);
  if (cached?.stamp === stamp) return cached.etag;
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  const etag = `"${hash.digest("base64url")}"`;
  known.set(path, { stamp, etag });
  return etag;
}
