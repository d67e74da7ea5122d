"use client";
import { File, FileCode, Folder, Pencil, Trash2 } from "lucide-react";
import type { TreeNode } from "@/lib/workbench/tree";
import styles from "./workbench.module.css";

export type TreeAction = { kind: "rename" | "delete"; path: string; isFolder: boolean };

type NodesProps = {
  nodes: TreeNode[];
  depth: number;
  active: string | null;
  dirty: ReadonlySet<string>;
  onOpen: (path: string) => void;
  /** Rename and delete; without it the rows only open files (the read-only view). */
  onAction?: (action: TreeAction) => void;
};

/** The tree's rows, nested by folder; each row has rename and delete buttons (when editable), reachable by keyboard. */
export function FileTreeNodes({ nodes, depth, active, dirty, onOpen, onAction }: NodesProps) {
  return (
    <ul className={styles.treeList} role={depth === 0 ? "tree" : "group"} aria-label={depth === 0 ? "Files" : undefined}>
      {nodes.map((node) => {
        const isFolder = node.kind === "folder";
        const Icon = isFolder ? Folder : node.name.endsWith(".py") ? FileCode : File;
        return (
          <li key={node.path} role="treeitem" aria-selected={node.path === active} aria-expanded={isFolder ? true : undefined}>
            <div className={styles.treeRow} data-active={node.path === active} style={{ paddingLeft: `${0.5 + depth * 0.9}rem` }}>
              <button
                type="button"
                className={styles.treeName}
                onClick={() => !isFolder && onOpen(node.path)}
                data-testid={`tree-${node.path}`}
              >
                <Icon size={15} aria-hidden />
                <span>{node.name}</span>
                {dirty.has(node.path) && <span className={styles.dirtyDot} aria-label="unsaved" />}
              </button>
              {onAction && (
                <>
                  <button type="button" className={styles.treeAction} aria-label={`Rename ${node.path}`} onClick={() => onAction({ kind: "rename", path: node.path, isFolder })}>
                    <Pencil size={13} aria-hidden />
                  </button>
                  <button type="button" className={styles.treeAction} aria-label={`Delete ${node.path}`} onClick={() => onAction({ kind: "delete", path: node.path, isFolder })}>
                    <Trash2 size={13} aria-hidden />
                  </button>
                </>
              )}
            </div>
            {isFolder && (
              <FileTreeNodes nodes={node.children} depth={depth + 1} active={active} dirty={dirty} onOpen={onOpen} onAction={onAction} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
