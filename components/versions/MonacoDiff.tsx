"use client";
import type * as Monaco from "monaco-editor";
import { useEffect, useRef, useState } from "react";
import { loadMonacoDiff } from "@/lib/editor/load-monaco";
import { languageOf } from "@/lib/workbench/tree";
import styles from "./versions.module.css";

type Props = { path: string; before: string; after: string; beforeLabel: string; afterLabel: string };

const darkScheme = "(prefers-color-scheme: dark)";

/** Monaco's side-by-side diff of one file, read-only; `data-state="ready"` once it shows the two texts. */
export function MonacoDiff({ path, before, after, beforeLabel, afterLabel }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const monacoRef = useRef<typeof Monaco | null>(null);
  const diff = useRef<Monaco.editor.IStandaloneDiffEditor | null>(null);
  const [state, setState] = useState<"loading" | "ready" | "failed">("loading");
  const [shown, setShown] = useState<string | null>(null);

  useEffect(() => {
    let disposed = false;
    loadMonacoDiff().then(
      (monaco) => {
        if (disposed || !host.current) return;
        monacoRef.current = monaco;
        monaco.editor.setTheme(window.matchMedia(darkScheme).matches ? "vs-dark" : "vs");
        diff.current = monaco.editor.createDiffEditor(host.current, {
          automaticLayout: true,
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
        });
        setState("ready");
      },
      () => !disposed && setState("failed"),
    );
    return () => {
      disposed = true;
      diff.current?.dispose();
      diff.current = null;
    };
  }, []);

  useEffect(() => {
    const monaco = monacoRef.current;
    const editor = diff.current;
    if (state !== "ready" || !monaco || !editor) return;
    const language = languageOf(path);
    const original = monaco.editor.createModel(before, language);
    const modified = monaco.editor.createModel(after, language);
    editor.setModel({ original, modified });
    setShown(path);
    return () => {
      // On unmount the editor may be disposed already (effects clean up in order): it let go of the models.
      if (diff.current === editor) editor.setModel(null);
      original.dispose();
      modified.dispose();
    };
  }, [state, path, before, after]);

  return (
    <div className={styles.diff} data-state={state === "ready" && shown === path ? "ready" : state} data-testid="version-diff">
      <div className={styles.diffLabels} aria-hidden>
        <span>{beforeLabel}</span>
        <span>{afterLabel}</span>
      </div>
      <div ref={host} className={styles.diffHost} role="region" aria-label={`Changes to ${path}: ${beforeLabel} on the left, ${afterLabel} on the right`} />
      {state === "loading" && <p className={styles.muted}>Loading the diff…</p>}
      {state === "failed" && (
        <p className={styles.error} role="alert">
          The diff could not load. Reload the page to try again.
        </p>
      )}
    </div>
  );
}
