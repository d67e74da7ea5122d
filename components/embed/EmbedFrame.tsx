"use client";
import { Play } from "lucide-react";
import { ConsolePanel } from "../workbench/ConsolePanel";
import { PreviewStatusLine, ProgressBar } from "../workbench/PreviewPane";
import { usePreview } from "../workbench/use-preview";
import { previewSandbox } from "../workbench/preview-sandbox";
import styles from "./embed.module.css";

type EmbedFrameProps = { previewOrigin: string; previewUrl: string; showConsole: boolean; hidden: boolean };

/**
 * The running project: the preview frame with its status line and, when asked for, the console. It is
 * mounted only once the embed runs, so before that nothing of the preview or its interpreter loads. The
 * embed page is on the app's origin, so the runtime in the frame opens its console channel to it exactly as
 * it does to the editor.
 */
export function EmbedFrame({ previewOrigin, previewUrl, showConsole, hidden }: EmbedFrameProps) {
  const preview = usePreview(previewOrigin);
  const { status } = preview.log;
  return (
    <section className={styles.previewColumn} aria-label="Preview" hidden={hidden}>
      <div className={styles.previewBar}>
        <PreviewStatusLine status={status} />
        <button type="button" className={styles.barButton} onClick={preview.run} title="Run again">
          <Play size={13} aria-hidden /> Run again
        </button>
      </div>
      <ProgressBar status={status} />
      {preview.generation === 0 ? (
        <div className={styles.frameArea} />
      ) : preview.halted ? (
        <div className={styles.frameArea}>Stopped. Press Run again to start the page again.</div>
      ) : (
        <iframe
          key={preview.generation}
          ref={preview.frameRef}
          className={styles.frameArea}
          src={previewUrl}
          title="Preview of the project"
          allow="cross-origin-isolated"
          sandbox={previewSandbox}
        />
      )}
      {showConsole && (
        <div className={styles.console}>
          <ConsolePanel preview={preview} />
        </div>
      )}
    </section>
  );
}
