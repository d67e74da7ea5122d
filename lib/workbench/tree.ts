import { unportablePathProblem } from "../file-path-rules";

export type TreeNode =
  | { kind: "folder"; name: string; path: string; children: TreeNode[] }
  | { kind: "file"; name: string; path: string };

/** The file tree from flat paths (plus empty folders): folders first, then files, each alphabetical. */
export function buildTree(paths: Iterable<string>, folders: Iterable<string> = []): TreeNode[] {
  const root: TreeNode[] = [];
  const folderNodes = new Map<string, TreeNode[]>([["", root]]);

  const folderChildren = (path: string): TreeNode[] => {
    const known = folderNodes.get(path);
    if (known) return known;
    const slash = path.lastIndexOf("/");
    const parent = folderChildren(slash === -1 ? "" : path.slice(0, slash));
    const children: TreeNode[] = [];
    parent.push({ kind: "folder", name: path.slice(slash + 1), path, children });
    folderNodes.set(path, children);
    return children;
  };

  for (const folder of folders) folderChildren(folder);
  for (const path of paths) {
    const slash = path.lastIndexOf("/");
    folderChildren(slash === -1 ? "" : path.slice(0, slash)).push({ kind: "file", name: path.slice(slash + 1), path });
  }
  const sort = (nodes: TreeNode[]): TreeNode[] => {
    nodes.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "folder" ? -1 : 1));
    for (const node of nodes) if (node.kind === "folder") sort(node.children);
    return nodes;
  };
  return sort(root);
}

/** Checks a name typed into the tree; null when it is fine. Mirrors the server's path rules. */
export function pathProblem(path: string): string | null {
  if (path === "") return "Give it a name.";
  if (path.startsWith("/")) return "Paths are relative: no leading /.";
  if (path.includes("\\")) return "Use / between folders, not \\.";
  if (path.split("/").some((part) => part === "" || part === "." || part === "..")) return "No empty, . or .. parts.";
  if (path.length > 255) return "At most 255 characters.";
  const unportable = unportablePathProblem(path);
  return unportable ? `${unportable[0]!.toUpperCase()}${unportable.slice(1)}.` : null;
}

/** The Monaco language for a file name. */
export function languageOf(path: string): string {
  const extension = path.slice(path.lastIndexOf(".") + 1).toLowerCase();
  const languages = new Map([
    ["py", "python"],
    ["html", "html"],
    ["htm", "html"],
    ["css", "css"],
    ["js", "javascript"],
    ["mjs", "javascript"],
    ["json", "json"],
    ["toml", "toml"],
  ]);
  return languages.get(extension) ?? "plaintext";
}
