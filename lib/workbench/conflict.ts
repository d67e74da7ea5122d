import { dirtyPaths, freePath, type FileSet, type WorkbenchFile } from "./files";

/** What the server said when it refused a save: which of our files someone else changed, and its revision now. */
export type Conflict = { files: string[]; revision: number; message: string };

/**
 * "Reload": the server's files become the base. Edits to files nobody else touched stay as they are (still
 * unsaved). A file both sides changed shows the server's text, and the person's own text is kept beside it
 * as `<name> (mine).<ext>`, unsaved: nothing they typed is thrown away.
 */
export function reloadOnto(
  saved: FileSet,
  current: FileSet,
  server: FileSet,
  conflicting: readonly string[],
): { current: FileSet; keptAs: Map<string, string> } {
  const dirty = dirtyPaths(saved, current);
  const clash = new Set(conflicting);
  const next = new Map<string, WorkbenchFile>(server);
  const keptAs = new Map<string, string>();
  for (const path of dirty) {
    const mine = current.get(path);
    if (!clash.has(path)) {
      if (mine) next.set(path, mine);
      else next.delete(path);
      continue;
    }
    if (!mine) continue;
    if (!server.has(path)) {
      next.set(path, mine);
      continue;
    }
    const copy = freePath(next, minePath(path));
    next.set(copy, { ...mine, path: copy });
    keptAs.set(path, copy);
  }
  return { current: next, keptAs };
}

function minePath(path: string): string {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? `${path.slice(0, dot)} (mine)${path.slice(dot)}` : `${path} (mine)`;
}
