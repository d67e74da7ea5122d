"use client";
import { useMemo, useState } from "react";
import type { WorkbenchFile } from "@/lib/workbench/files";
import { compareFiles, type FileChangeKind } from "@/lib/workbench/version-diff";
import { MonacoDiff } from "./MonacoDiff";
import styles from "./versions.module.css";

type Props = { before: readonly WorkbenchFile[]; after: readonly WorkbenchFile[]; beforeLabel: string; afterLabel: string };

const marks = new Map<FileChangeKind, { sign: string; words: string }>([
  ["changed", { sign: "M", words: "changed" }],
  ["added", { sign: "A", words: "added" }],
  ["removed", { sign: "D", words: "removed" }],
  ["unchanged", { sign: "", words: "unchanged" }],
]);

/** The files of two sides, each marked added, removed or changed, and the diff of the chosen one. */
export function VersionDiff({ before, after, beforeLabel, afterLabel }: Props) {
  const rows = useMemo(() => compareFiles(before, after), [before, after]);
  const [chosen, setChosen] = useState<string | null>(null);
  const row = rows.find((r) => r.path === chosen) ?? rows.find((r) => r.kind !== "unchanged") ?? rows[0];
  const changes = rows.filter((r) => r.kind !== "unchanged").length;
  const binary = row && (row.before?.encoding === "base64" || row.after?.encoding === "base64");

  return (
    <div className={styles.diffLayout}>
      <div className={styles.diffFiles}>
        <p className={styles.muted} data-testid="diff-summary">
          {changes === 0 ? "No differences." : changes === 1 ? "1 file differs." : `${changes} files differ.`}
        </p>
        <ul className={styles.fileList} aria-label="Files compared">
          {rows.map((r) => (
            <li key={r.path}>
              <button
                type="button"
                className={styles.fileButton}
                aria-current={r.path === row?.path ? "true" : undefined}
                data-kind={r.kind}
                data-testid={`diff-file-${r.path}`}
                onClick={() => setChosen(r.path)}
              >
                <span className={styles.fileMark} data-kind={r.kind} aria-hidden>
                  {marks.get(r.kind)!.sign}
                </span>
                <span className={styles.filePath}>{r.path}</span>
                <span className={styles.visuallyHidden}>, {marks.get(r.kind)!.words}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
      {row && binary ? (
        <p className={styles.muted}>{row.path} is a binary file: {marks.get(row.kind)!.words}.</p>
      ) : row ? (
        <MonacoDiff
          path={row.path}
          before={row.before?.content ?? ""}
          after={row.after?.content ?? ""}
          beforeLabel={row.before ? beforeLabel : `${beforeLabel} (no such file)`}
          afterLabel={row.after ? afterLabel : `${afterLabel} (no such file)`}
        />
      ) : (
        <p className={styles.muted}>Neither side has files.</p>
      )}
    </div>
  );
}
