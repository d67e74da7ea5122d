"use client";
import { ArrowLeft, Save, Settings, X } from "lucide-react";
import type { WorkbenchState } from "@/lib/workbench/store";
import { Button } from "../ui/Button";
import styles from "./workbench.module.css";

type HeaderProps = { title: string; state: WorkbenchState; onSave: () => void; onSettings: () => void; onDismissError: () => void };

/** Project title, whether everything is saved, Save, and the project's settings. */
export function WorkbenchHeader({ title, state, onSave, onSettings, onDismissError }: HeaderProps) {
  return (
    <header className={styles.header}>
      <a className={styles.iconLink} href="/" aria-label="Back to your projects" title="Your projects">
        <ArrowLeft size={18} aria-hidden />
      </a>
      <h1 className={styles.projectTitle}>{title}</h1>
      <span className={styles.saveState} role="status" data-testid="save-state">
        {saveText(state)}
      </span>
      {state.error && (
        <span className={styles.saveError} role="alert">
          {state.error}
          <Button variant="icon" aria-label="Dismiss" onClick={onDismissError}>
            <X size={14} aria-hidden />
          </Button>
        </span>
      )}
      <span className={styles.spacer} />
      <Button onClick={onSave} disabled={state.dirty.size === 0 || state.saving} title="Save (Ctrl/Cmd+S)">
        <Save size={14} aria-hidden /> Save
      </Button>
      <Button variant="icon" aria-label="Project settings" title="Project settings" onClick={onSettings}>
        <Settings size={18} aria-hidden />
      </Button>
    </header>
  );
}

function saveText(state: WorkbenchState): string {
  if (state.saving) return "Saving…";
  if (state.conflict) return "Not saved: changed in another tab";
  const count = state.dirty.size;
  if (count === 0) return "All changes saved";
  return count === 1 ? "1 unsaved file" : `${count} unsaved files`;
}
