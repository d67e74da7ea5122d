import type { WorkbenchFile } from "./files";

export type FileChangeKind = "added" | "removed" | "changed" | "unchanged";
export type FileComparison = { path: string; kind: FileChangeKind; before: WorkbenchFile | null; after: WorkbenchFile | null };

/**
 * Every path of two file lists, paired for a side-by-side diff: `before` is the older side (a version),
 * `after` the newer (the draft or a later version). Changed files first, then added, removed, unchanged;
 * by path within each.
 */
export function compareFiles(before: readonly WorkbenchFile[], after: readonly WorkbenchFile[]): FileComparison[] {
  const old = new Map(before.map((file) => [file.path, file]));
  const now = new Map(after.map((file) => [file.path, file]));
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  const rows = paths.map((path): FileComparison => {
    const a = old.get(path) ?? null;
    const b = now.get(path) ?? null;
    const kind: FileChangeKind = !a ? "added" : !b ? "removed" : a.content === b.content && a.encoding === b.encoding ? "unchanged" : "changed";
    return { path, kind, before: a, after: b };
  });
  const order: FileChangeKind[] = ["changed", "added", "removed", "unchanged"];
  return rows.sort((x, y) => order.indexOf(x.kind) - order.indexOf(y.kind) || x.path.localeCompare(y.path));
}
