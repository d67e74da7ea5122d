"use client";
import { ArrowLeft, GitFork, History, Save, Settings, Share2, X } from "lucide-react";
import type { WorkbenchState } from "@/lib/workbench/store";
import { Button } from "../ui/Button";
import { DownloadZipLink } from "./DownloadZipLink";
import type { OwnerDialog } from "./OwnerDialogs";
import type { WorkbenchProject } from "./Workbench";
import styles from "./workbench.module.css";

type HeaderProps = {
  project: Pick<WorkbenchProject, "id" | "forkedFrom" | "forkCount">;
  title: string;
  state: WorkbenchState;
  onSave: () => void;
  onOpen: (dialog: OwnerDialog) => void;
  onDismissError: () => void;
};

/** Project title, where it was forked from, whether everything is saved, Save, Share, Versions, the saved draft as a zip, and settings. */
export function WorkbenchHeader({ project, title, state, onSave, onOpen, onDismissError }: HeaderProps) {
  return (
    <header className={styles.header}>
      <a className={styles.iconLink} href="/" aria-label="Back to your projects" title="Your projects">
        <ArrowLeft size={18} aria-hidden />
      </a>
      <div className={styles.titleBlock}>
        <h1 className={styles.projectTitle}>{title}</h1>
        <ProjectLineage forkedFrom={project.forkedFrom} forkCount={project.forkCount} />
      </div>
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
      <Button onClick={() => onOpen("versions")} title="Publish, compare and restore versions">
        <History size={14} aria-hidden /> Versions
      </Button>
      <Button variant="primary" onClick={() => onOpen("share")} title="Link, visibility and embed code">
        <Share2 size={14} aria-hidden /> Share
      </Button>
      <DownloadZipLink projectId={project.id} />
      <Button variant="icon" aria-label="Project settings" title="Project settings" onClick={() => onOpen("settings")}>
        <Settings size={18} aria-hidden />
      </Button>
    </header>
  );
}

/** "forked from <title>" (a link while the source exists) and how many forks this project has. */
export function ProjectLineage({ forkedFrom, forkCount }: Pick<WorkbenchProject, "forkedFrom" | "forkCount">) {
  if (!forkedFrom && forkCount === 0) return null;
  return (
    <p className={styles.lineage}>
      {forkedFrom && (
        <span data-testid="forked-from">
          <GitFork size={12} aria-hidden /> forked from{" "}
          {forkedFrom.available ? <a href={`/p/${encodeURIComponent(forkedFrom.slug)}`}>{forkedFrom.title}</a> : <span>{forkedFrom.title} (deleted)</span>}
        </span>
      )}
      {forkCount > 0 && (
        <span data-testid="fork-count">
          <GitFork size={12} aria-hidden /> {forkCount === 1 ? "1 fork" : `${forkCount} forks`}
        </span>
      )}
    </p>
  );
}

function saveText(state: WorkbenchState): string {
  if (state.saving) return "Saving…";
  if (state.conflict) return "Not saved: changed in another tab";
  const count = state.dirty.size;
  if (count === 0) return "All changes saved";
  return count === 1 ? "1 unsaved file" : `${count} unsaved files`;
}
