"use client";
import { Pencil } from "lucide-react";
import { ForkButton } from "../share/ForkButton";
import { DownloadZipLink } from "./DownloadZipLink";
import type { WorkbenchMode, WorkbenchProject } from "./Workbench";
import { ProjectLineage } from "./WorkbenchHeader";
import styles from "./workbench.module.css";

type Props = { project: WorkbenchProject; mode: Extract<WorkbenchMode, { kind: "read" }> };

const changedFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/** Whose project this is and when it last changed, which version is shown, and Fork. */
export function ReadOnlyHeader({ project, mode }: Props) {
  const draftLink = `/p/${encodeURIComponent(project.slug)}`;
  return (
    <header className={styles.header}>
      <div className={styles.titleBlock}>
        <h1 className={styles.projectTitle}>{project.title}</h1>
        <p className={styles.readOnlyMeta} data-testid="project-meta">
          by <strong>{project.ownerName}</strong> · changed{" "}
          <time dateTime={project.updatedAt} suppressHydrationWarning>
            {changedFormat.format(new Date(project.updatedAt))}
          </time>
        </p>
        <ProjectLineage forkedFrom={project.forkedFrom} forkCount={project.forkCount} />
      </div>
      <span className={styles.badge} data-testid="read-only-badge">
        {mode.version === null ? "Read-only" : `Version ${mode.version} · read-only`}
      </span>
      {mode.version !== null && (
        <a className={styles.readOnlyMeta} href={draftLink}>
          {mode.owner ? "Back to the editor" : "See the latest draft"}
        </a>
      )}
      <span className={styles.spacer} />
      {mode.owner && mode.version === null && (
        <a className={styles.iconLink} href={draftLink} aria-label="Edit" title="Edit">
          <Pencil size={16} aria-hidden />
        </a>
      )}
      <DownloadZipLink projectId={project.id} version={mode.version} />
      <ForkButton projectId={project.id} slug={project.slug} title={project.title} signedIn={mode.signedIn} forkRequested={mode.forkRequested} />
    </header>
  );
}
