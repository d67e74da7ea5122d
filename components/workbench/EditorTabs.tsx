"use client";
import { X } from "lucide-react";
import type { Tabs } from "@/lib/workbench/tabs";
import styles from "./workbench.module.css";

type EditorTabsProps = { tabs: Tabs; dirty: ReadonlySet<string>; onOpen: (path: string) => void; onClose: (path: string) => void };

/** Open files; a dot marks unsaved changes, and middle-click or the × closes a tab. */
export function EditorTabs({ tabs, dirty, onOpen, onClose }: EditorTabsProps) {
  return (
    <div className={styles.tabs} role="tablist" aria-label="Open files">
      {tabs.open.map((path) => {
        const isDirty = dirty.has(path);
        return (
          <div key={path} className={styles.tab} data-active={path === tabs.active} data-dirty={isDirty} data-testid={`tab-${path}`}>
            <button
              type="button"
              role="tab"
              aria-selected={path === tabs.active}
              className={styles.tabName}
              title={path}
              onClick={() => onOpen(path)}
              onAuxClick={(event) => event.button === 1 && onClose(path)}
            >
              {path.slice(path.lastIndexOf("/") + 1)}
              {isDirty && <span className={styles.dirtyDot} aria-label="unsaved" />}
            </button>
            <button type="button" className={styles.tabClose} aria-label={`Close ${path}`} onClick={() => onClose(path)}>
              <X size={13} aria-hidden />
            </button>
          </div>
        );
      })}
    </div>
  );
}
