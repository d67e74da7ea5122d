import { limits } from "../../config";

export type PreviewPath =
  | { ok: true; path: string }
  | { ok: false; status: 400 | 404; message: string };

// Control characters (NUL included) have no business in a file name and confuse logs and file systems.
const controlCharacter = /[\u0000-\u001f\u007f]/;
// `C:` as a segment is an absolute Windows path once joined anywhere.
const driveLetter = /^[a-z]:$/i;

/**
 * Turns a request target into a project file path (no leading slash): `/` → `index.html`, `/dir/` →
 * `dir/index.html`. Files live in the database, not on disk, but the runtime-asset handler and any
 * future caller may touch a file system, so every traversal spelling is refused here, once, with 400:
 * `..` and `.` (raw or percent-encoded), backslashes (raw or `%5c`), NUL, empty (`//`) segments,
 * an encoded `/` inside a segment, and drive letters. Segments are decoded exactly once.
 */
export function parsePreviewPath(target: string | undefined): PreviewPath {
  const raw = (target ?? "").split(/[?#]/, 1)[0] ?? "";
  if (!raw.startsWith("/")) return invalid("The path must start with '/'.");
  const segments = raw.slice(1).split("/");
  const decoded: string[] = [];
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (segment === "") {
      if (last) break;
      return invalid("Empty path segments ('//') are not allowed.");
    }
    const name = decodeSegment(segment);
    if (name === null) return invalid("The path is not valid percent-encoding.");
    if (name === "." || name === "..") return invalid("'.' and '..' are not allowed in paths.");
    if (name.includes("/") || name.includes("\\")) return invalid("Slashes inside a path segment are not allowed.");
    if (controlCharacter.test(name)) return invalid("Control characters are not allowed in paths.");
    if (driveLetter.test(name)) return invalid("Absolute paths are not allowed.");
    decoded.push(name);
  }
  if (raw.endsWith("/")) decoded.push("index.html");
  const path = decoded.join("/");
  if (path.length > limits.pathLength) return { ok: false, status: 404, message: "No file has a path that long." };
  return { ok: true, path };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function invalid(message: string): PreviewPath {
  return { ok: false, status: 400, message };
}
