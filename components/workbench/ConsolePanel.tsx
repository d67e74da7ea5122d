"use client";
import { Ban, Square } from "lucide-react";
import { useLayoutEffect, useRef } from "react";
import type { ConsoleEntry } from "@/lib/workbench/preview-log";
import { Button } from "../ui/Button";
import type { PreviewControls } from "./use-preview";
import styles from "./workbench.module.css";

/** What the page and its workers printed or raised, with Clear and Stop. Follows new output while scrolled to the end. */
export function ConsolePanel({ preview }: { preview: PreviewControls }) {
  const listRef = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);
  const { entries } = preview.log;

  useLayoutEffect(() => {
    const list = listRef.current;
    if (list && atEnd.current) list.scrollTop = list.scrollHeight;
  }, [entries]);

  return (
    <section className={styles.consolePane} aria-label="Console">
      <div className={styles.toolbar}>
        <h2 className={styles.paneTitle}>Console</h2>
        <span className={styles.spacer} />
        <Button onClick={preview.stop} title="Stop the running Python">
          <Square size={13} aria-hidden /> Stop
        </Button>
        <Button variant="icon" onClick={preview.clear} aria-label="Clear the console" title="Clear">
          <Ban size={15} aria-hidden />
        </Button>
      </div>
      <div
        ref={listRef}
        className={styles.consoleLines}
        role="log"
        aria-live="polite"
        data-testid="console"
        onScroll={(event) => {
          const list = event.currentTarget;
          atEnd.current = list.scrollHeight - list.scrollTop - list.clientHeight < 8;
        }}
      >
        {entries.length === 0 ? <p className={styles.consoleEmpty}>Output from print() and errors appear here.</p> : entries.map(renderEntry)}
      </div>
    </section>
  );
}

function renderEntry(entry: ConsoleEntry) {
  return (
    <div key={entry.id} className={styles.consoleLine} data-kind={entry.kind}>
      {entry.kind === "error" && entry.traceback ? entry.traceback : entry.text}
    </div>
  );
}
