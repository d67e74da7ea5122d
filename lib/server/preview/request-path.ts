import "server-only";
import { existingFilePathSchema } from "../projects/schemas";

export type PreviewPath = { ok: true; path: string } | { ok: false; message: string };

// `C:` as a segment is an absolute Windows path once joined anywhere.
const driveLetter = /^[a-z]:$/i;

/**
 * Turns a request target into a project file path: `/` → `index.html`, `/dir/` → `dir/index.html`.
 * Each segment is percent-decoded exactly once, then the whole path must be a valid stored file path
 * (no `.`/`..`/empty segments, backslashes or control characters), so encoded spellings (`%2e%2e`, `%5c`, `%00`) are refused exactly like raw ones. Files
 * live in the database, but the runtime-asset handler may touch a file system: nothing gets past here.
 */
export function parsePreviewPath(target: string | undefined): PreviewPath {
  let raw = (target ?? "").split(/[?#]/, 1)[0] ?? "";
  if (!raw.startsWith("/")) return invalid("The path must start with '/'.");
  if (raw.endsWith("/")) raw += "index.html";
  const segments: string[] = [];
  for (const segment of raw.slice(1).split("/")) {
    const name = decodeSegment(segment);
    if (name === null) return invalid("The path is not valid percent-encoding.");
    if (name.includes("/")) return invalid("An encoded '/' inside a path segment is not allowed.");
    if (driveLetter.test(name)) return invalid("Absolute paths are not allowed.");
    segments.push(name);
  }
  const parsed = existingFilePathSchema.safeParse(segments.join("/"));
  if (!parsed.success) return invalid(`Invalid path: ${parsed.error.issues[0]?.message ?? "refused"}.`);
  return { ok: true, path: parsed.data };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function invalid(message: string): PreviewPath {
  return { ok: false, message };
}
