"use client";
import { ExternalLink, Play } from "lucide-react";
import type { PreviewStatus } from "@/lib/workbench/preview-log";
import { Button } from "../ui/Button";
import type { PreviewControls } from "./use-preview";
import styles from "./workbench.module.css";

type PreviewPaneProps = {
  previewOrigin: string;
  /** Where on the preview origin the page is: `/` for the draft, `/v/<n>/` for a published version. */
  path?: string;
  isolated: boolean;
  preview: PreviewControls;
  onRun: () => void;
  /** What Run does, for its tooltip: the editor saves first; the read-only view only reloads. */
  runTitle?: string;
};

/** The running page, framed from its own origin, with Run, open-in-new-tab, a status line and a progress bar. */
export function PreviewPane({ previewOrigin, path = "/", isolated, preview, onRun, runTitle = "Save and run (Ctrl/Cmd+Enter)" }: PreviewPaneProps) {
  const { status } = preview.log;
  const url = `${previewOrigin}${path}`;
  if (!isolated) return <UnframedPreview url={url} />;
  return (
    <section className={styles.previewPane} aria-label="Preview">
      <div className={styles.toolbar}>
        <Button variant="primary" onClick={onRun} title={runTitle}>
          <Play size={14} aria-hidden /> Run
        </Button>
        <span className={styles.status} role="status" data-phase={status.phase} data-testid="preview-status">
          {statusText(status)}
        </span>
        <a className={styles.iconLink} href={url} target="_blank" rel="noopener noreferrer" aria-label="Open the preview in a new tab" title="Open in a new tab">
          <ExternalLink size={16} aria-hidden />
        </a>
      </div>
      <ProgressBar status={status} />
      {preview.generation === 0 ? (
        <div className={styles.halted} />
      ) : preview.halted ? (
        <div className={styles.halted}>Stopped. Press Run to start the page again.</div>
      ) : (
        <iframe
          key={preview.generation}
          ref={preview.frameRef}
          className={styles.frame}
          src={url}
          title="Preview of the project"
          allow="cross-origin-isolated"
        />
      )}
    </section>
  );
}

/**
 * The editor is cross-origin isolated (COEP require-corp) so that isolated previews can be; the browser then
 * refuses to frame a page served without those headers. Such a project runs in its own tab instead.
 */
function UnframedPreview({ url }: { url: string }) {
  return (
    <section className={styles.previewPane} aria-label="Preview">
      <div className={styles.halted} data-testid="unframed-preview">
        <div className={styles.unframed}>
          <p>This project is served without the cross-origin isolation headers, so it runs in its own tab, not inside the editor. Its output shows in that tab&apos;s page and developer console.</p>
          <a className={styles.openButton} href={url} target="_blank" rel="noopener noreferrer">
            <ExternalLink size={14} aria-hidden /> Open the preview
          </a>
        </div>
      </div>
    </section>
  );
}

function ProgressBar({ status }: { status: PreviewStatus }) {
  if (status.phase !== "loading") return <div className={styles.progressTrack} />;
  const percent = status.fraction === null ? undefined : Math.round(status.fraction * 100);
  return (
    <div
      className={styles.progressTrack}
      role="progressbar"
      aria-label={`Loading ${status.stage ?? "the page"}`}
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div
        className={percent === undefined ? `${styles.progressBar} ${styles.indeterminate}` : styles.progressBar}
        style={percent === undefined ? undefined : { width: `${percent}%` }}
      />
    </div>
  );
}

const stageNames = { interpreter: "the interpreter", packages: "packages", files: "files" } as const;
const engineNames = new Map([
  ["pyodide", "Pyodide"],
  ["micropython", "MicroPython"],
]);

function statusText(status: PreviewStatus): string {
  switch (status.phase) {
    case "loading":
      if (!status.stage) return "Loading…";
      return `Loading ${stageNames[status.stage]}${status.fraction === null ? "…" : ` ${Math.round(status.fraction * 100)}%`}`;
    case "running":
      return `Running on ${engineNames.get(status.engine) ?? status.engine}`;
    case "done":
      return "Done";
    case "failed":
      return "Stopped with an error: see the console";
    case "stopped":
      return "Stopped";
  }
}
