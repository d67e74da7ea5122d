/** A file as the editor holds it: text as text, anything else (images, wasm) as base64. */
export type WorkbenchFile = { path: string; content: string; encoding: "utf8" | "base64" };
export type FileSet = ReadonlyMap<string, WorkbenchFile>;

/** What a save sends: files that are new or changed, and paths that are gone. */
export type FileChanges = { upserts: WorkbenchFile[]; deletes: string[] };

/** The file the editor opens first: main.py, else the first Python file, else the first file. */
export const firstFileToOpen = <F extends { path: string }>(files: readonly F[]): F | undefined =>
  files.find((f) => f.path === "main.py") ?? files.find((f) => f.path.endsWith(".py")) ?? files[0];

export const toFileSet = (files: readonly WorkbenchFile[]): FileSet =>
  new Map(files.map((file) => [file.path, { path: file.path, content: file.content, encoding: file.encoding }]));

const sameFile = (a: WorkbenchFile | undefined, b: WorkbenchFile | undefined): boolean =>
  a?.content === b?.content && a?.encoding === b?.encoding;

/** Paths whose editor state differs from what the server last acknowledged: changed, added or deleted. */
export function dirtyPaths(saved: FileSet, current: FileSet): Set<string> {
  const dirty = new Set<string>();
  for (const [path, file] of current) if (!sameFile(saved.get(path), file)) dirty.add(path);
  for (const path of saved.keys()) if (!current.has(path)) dirty.add(path);
  return dirty;
}

export function diffFiles(saved: FileSet, current: FileSet): FileChanges {
  const upserts: WorkbenchFile[] = [];
  const deletes: string[] = [];
  for (const path of dirtyPaths(saved, current)) {
    const file = current.get(path);
    if (file) upserts.push(file);
    else deletes.push(path);
  }
  return { upserts, deletes };
}

export const isEmptyChange = (changes: FileChanges): boolean => changes.upserts.length === 0 && changes.deletes.length === 0;

/** `saved` after the server acknowledged `changes`. */
export function applyChanges(saved: FileSet, changes: FileChanges): FileSet {
  const next = new Map(saved);
  for (const path of changes.deletes) next.delete(path);
  for (const file of changes.upserts) next.set(file.path, file);
  return next;
}

/**
 * Moves a file, or every file under a folder, to a new path. Returns the old→new path pairs so open tabs
 * can follow; throws when the target is taken, since a rename must never overwrite a file silently.
 */
export function renamePath(current: FileSet, from: string, to: string): { files: FileSet; moved: Map<string, string> } {
  const moved = new Map<string, string>();
  for (const path of current.keys()) {
    if (path === from) moved.set(path, to);
    else if (path.startsWith(`${from}/`)) moved.set(path, `${to}${path.slice(from.length)}`);
  }
  for (const target of moved.values()) {
    if (current.has(target) && !moved.has(target)) throw new Error(`${target} already exists.`);
  }
  const files = new Map<string, WorkbenchFile>();
  for (const [path, file] of current) {
    const target = moved.get(path) ?? path;
    files.set(target, { ...file, path: target });
  }
  return { files, moved };
}

/** Removes a file, or a folder and everything under it. */
export function removePath(current: FileSet, target: string): FileSet {
  const next = new Map(current);
  for (const path of current.keys()) if (path === target || path.startsWith(`${target}/`)) next.delete(path);
  return next;
}

/** A path not yet used: `main.py` → `main (2).py`. */
export function freePath(current: FileSet, wanted: string): string {
  if (!current.has(wanted)) return wanted;
  const slash = wanted.lastIndexOf("/");
  const dot = wanted.lastIndexOf(".");
  const split = dot > slash + 1 ? dot : wanted.length;
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, split)} (${n})${wanted.slice(split)}`;
    if (!current.has(candidate)) return candidate;
  }
}
