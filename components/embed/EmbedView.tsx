"use client";
import { ExternalLink, Play } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { toFileSet } from "@/lib/workbench/files";
import type { EmbedProps, EmbedView as View } from "./types";
import styles from "./embed.module.css";

// Fetched only once the embed runs: the editor's module (which then imports Monaco itself), and the preview
// frame with its console channel, so a page of click-to-run embeds loads neither.
const CodeEditor = dynamic(() => import("../workbench/CodeEditor").then((m) => m.CodeEditor), { ssr: false });
const EmbedFrame = dynamic(() => import("./EmbedFrame").then((m) => m.EmbedFrame), { ssr: false });

const viewNames: [View, string][] = [
  ["code", "Code"],
  ["split", "Both"],
  ["preview", "Preview"],
];

/**
 * An embedded project: the title bar (title, owner, which panes, Open in editor), the code read-only and the
 * running preview. With run-on-click, only the title bar, the code as plain text and a Run overlay are
 * shown: no editor, no preview frame, no interpreter until the visitor asks for them.
 */
export function EmbedView(props: EmbedProps) {
  const [started, setStarted] = useState(!props.runOnClick);
  const [view, setView] = useState<View>(props.view);
  const [active, setActive] = useState(props.initialFile);
  const fileSet = useMemo(() => toFileSet(props.files), [props.files]);
  const showCode = view !== "preview" && props.files.length > 0;
  const showPreview = view !== "code" || props.files.length === 0;
  // A code-only embed starts no preview until the visitor first asks to see it; then it stays mounted.
  const [previewOpened, setPreviewOpened] = useState(showPreview);
  const choose = (next: View) => {
    setView(next);
    if (next !== "code") setPreviewOpened(true);
  };

  return (
    <div className={styles.embed} data-theme={props.theme ?? undefined} data-testid="embed" data-started={started}>
      <header className={styles.titleBar}>
        <h1 className={styles.title}>{props.title}</h1>
        <span className={styles.owner}>by {props.ownerName}</span>
        <span className={styles.spacer} />
        {props.files.length > 0 && (
          <div className={styles.views} role="group" aria-label="Show">
            {viewNames.map(([name, label]) => (
              <button key={name} type="button" aria-pressed={view === name} onClick={() => choose(name)}>
                {label}
              </button>
            ))}
          </div>
        )}
        <a className={styles.open} href={props.projectHref} target="_blank" rel="noopener">
          Open in editor <ExternalLink size={13} aria-hidden />
        </a>
      </header>
      <main className={styles.panes} data-view={view}>
        {showCode && (
          <section className={styles.codeColumn} aria-label="Code">
            <nav className={styles.tabs} aria-label="Files">
              {props.files.map((file) => (
                <button key={file.path} type="button" aria-current={file.path === active ? "page" : undefined} onClick={() => setActive(file.path)}>
                  {file.path}
                </button>
              ))}
            </nav>
            {started ? (
              <CodeEditor files={fileSet} active={active} readOnly theme={props.theme ?? undefined} />
            ) : (
              <pre className={styles.plainCode} data-testid="plain-code">
                {active ? fileSet.get(active)?.content : ""}
              </pre>
            )}
          </section>
        )}
        {started && previewOpened ? (
          <EmbedFrame previewOrigin={props.previewOrigin} previewUrl={props.previewUrl} showConsole={props.showConsole} hidden={!showPreview} />
        ) : (
          showPreview && <section className={styles.previewColumn} aria-label="Preview" />
        )}
        {!started && (
          <div className={styles.overlay}>
            <button type="button" className={styles.runButton} onClick={() => setStarted(true)}>
              <Play size={18} aria-hidden /> Run
            </button>
            <p>Loads Python in your browser</p>
          </div>
        )}
      </main>
    </div>
  );
}
