"use client";
import { ExternalLink, Play } from "lucide-react";
import { useSyncExternalStore, type ReactNode } from "react";
import type { PreviewStatus } from "@/lib/workbench/preview-log";
import { Button } from "../ui/Button";
import type { PreviewControls } from "./use-preview";
import { previewSandbox } from "./preview-sandbox";
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
  // The page's own headers follow the isolation switch as it was when the page loaded (server.ts): a page with
  // COEP cannot frame a preview without it, so switching isolation off needs the page loaded again.
  const pageIsolated = useSyncExternalStore(noChanges, () => crossOriginIsolated, () => null);
  const needsReload = pageIsolated !== null && pageIsolated !== isolated;
  return (
    <section className={styles.previewPane} aria-label="Preview">
      <div className={styles.toolbar}>
        <Button variant="primary" onClick={onRun} title={runTitle}>
          <Play size={14} aria-hidden /> Run
        </Button>
        <PreviewStatusLine status={status} text={needsReload ? "Waiting for a reload" : undefined}>
          {!isolated && (
            <span title={notIsolatedDetail} data-testid="preview-not-isolated">
              {" "}· not isolated, storage apart from its own tab
            </span>
          )}
        </PreviewStatusLine>
        <a className={styles.iconLink} href={url} target="_blank" rel="noopener noreferrer" aria-label="Open the preview in a new tab" title="Open in a new tab">
          <ExternalLink size={16} aria-hidden />
        </a>
      </div>
      {needsReload ? <div className={styles.progressTrack} /> : <ProgressBar status={status} />}
      {needsReload ? (
        <div className={styles.halted}>
          <div className={styles.unframed}>
            <p>Isolation was switched {isolated ? "on" : "off"}: the editor page loads again to run the preview that way.</p>
            <Button variant="primary" onClick={() => location.reload()}>
              Reload the editor
            </Button>
          </div>
        </div>
      ) : preview.generation === 0 ? (
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
          sandbox={previewSandbox}
        />
      )}
    </section>
  );
}

const noChanges = () => () => {};

const notIsolatedDetail =
  "This project is served without the isolation headers, so the editor page is too, and the preview runs here as " +
  "it does embedded in another site: not cross-origin isolated, workers that use the page go through the " +
  "service-worker fallback, and its storage and service worker are kept apart from those of its own tab " +
  "(where mini-coi.js, if the page uses it, can isolate it).";

/** The preview's one-line status (loading, running, done, failed), coloured by its phase; the editor's and an embed's. */
export function PreviewStatusLine({ status, text, children }: { status: PreviewStatus; text?: string | undefined; children?: ReactNode }) {
  return (
    <span className={styles.status} role="status" data-phase={status.phase} data-testid="preview-status">
      {text ?? statusText(status)}
      {children}
    </span>
  );
}

export function ProgressBar({ status }: { status: PreviewStatus }) {
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
