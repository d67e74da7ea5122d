"use client";
import { ExternalLink, GitCompare, RotateCcw, X } from "lucide-react";
import { Dialog as RadixDialog } from "radix-ui";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { getVersion, listVersions, publishVersion, restoreVersion, type VersionSummary } from "@/lib/client/projects-api";
import type { WorkbenchFile } from "@/lib/workbench/files";
import type { WorkbenchState, WorkbenchStore } from "@/lib/workbench/store";
import { Button } from "../ui/Button";
import { DownloadZipLink } from "../workbench/DownloadZipLink";
import { RestoreDialog } from "./RestoreDialog";
import { VersionDiff } from "./VersionDiff";
import styles from "./versions.module.css";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  projectId: string;
  previewOrigin: string;
  store: WorkbenchStore;
  state: WorkbenchState;
  onRestored: () => void;
};

/** What a comparison shows: a version on the left, the draft or another version on the right. */
type Comparison = { from: number; to: number | "draft" };

const createdFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

/**
 * The versions sheet: publish the draft as a new immutable version, list the published ones (each served
 * at `/v/<n>/` on the preview origin), compare any of them with the draft or another version, and restore
 * one into the draft.
 */
export function VersionsPanel({ open, onOpenChange, projectId, previewOrigin, store, state, onRestored }: Props) {
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [message, setMessage] = useState("");
  const [publishing, setPublishing] = useState(false);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [restoring, setRestoring] = useState<VersionSummary | null>(null);
  const [files, setFiles] = useState(new Map<number, WorkbenchFile[]>());

  // Only the newest listing counts: one started before a publish must not hide the version just made.
  const listings = useRef(0);
  const reload = useCallback(async () => {
    const listing = ++listings.current;
    const listed = await listVersions(projectId);
    if (listing !== listings.current) return;
    if (listed.ok) setVersions(listed.value);
    else setError(listed.message);
  }, [projectId]);
  useEffect(() => {
    if (open) void reload();
    else listings.current++;
  }, [open, reload]);

  const needed = comparison ? [comparison.from, ...(comparison.to === "draft" ? [] : [comparison.to])] : [];
  useEffect(() => {
    for (const number of needed) {
      if (files.has(number)) continue;
      void getVersion(projectId, number).then((got) => {
        if (got.ok) setFiles((cached) => new Map(cached).set(number, got.value.files));
        else setError(got.message);
      });
    }
  }, [needed.join(","), projectId]);

  const publish = async (event: FormEvent) => {
    event.preventDefault();
    setPublishing(true);
    setError(null);
    setNotice(null);
    // A version is made from the saved draft: what the person sees must be saved first.
    if (state.dirty.size > 0 && !(await store.save())) {
      setPublishing(false);
      setError("Your changes could not be saved, so nothing was published.");
      return;
    }
    const published = await publishVersion(projectId, message.trim());
    setPublishing(false);
    if (!published.ok) return setError(published.message);
    setVersions((listed) => [published.value, ...(listed ?? []).filter((v) => v.number !== published.value.number)]);
    void reload();
    setMessage("");
    setNotice(`Published version ${published.value.number}.`);
  };

  const restore = async (version: VersionSummary): Promise<string | null> => {
    if (state.dirty.size > 0 && !(await store.save())) return "Your changes could not be saved, so nothing was restored.";
    const restored = await restoreVersion(projectId, version.number, store.getState().revision);
    if (!restored.ok) return restored.message;
    store.replaceAll(restored.value);
    onRestored();
    setNotice(`Restored version ${version.number} into the draft.`);
    setComparison(null);
    return null;
  };

  const draft = [...state.current.values()];
  const left = comparison ? files.get(comparison.from) : undefined;
  const right = comparison ? (comparison.to === "draft" ? draft : files.get(comparison.to)) : undefined;

  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className={styles.overlay} />
        <RadixDialog.Content className={styles.sheet} data-comparing={comparison !== null} aria-describedby={undefined}>
          <div className={styles.sheetHeader}>
            <RadixDialog.Title className={styles.title}>Versions</RadixDialog.Title>
            <RadixDialog.Close asChild>
              <Button variant="icon" aria-label="Close versions">
                <X size={18} aria-hidden />
              </Button>
            </RadixDialog.Close>
          </div>
          <div className={styles.columns}>
            <div className={styles.listColumn}>
              <form className={styles.publish} onSubmit={(e) => void publish(e)}>
                <label className={styles.label} htmlFor="version-message">
                  Publish the draft as a new version
                </label>
                <input
                  id="version-message"
                  className={styles.input}
                  placeholder="What changed (optional)"
                  maxLength={500}
                  value={message}
                  onChange={(e) => setMessage(e.target.value)}
                />
                <Button type="submit" variant="primary" disabled={publishing}>
                  {publishing ? "Publishing…" : "Publish"}
                </Button>
                <p className={styles.muted}>A version never changes: it stays at its own address while you keep editing.</p>
              </form>
              <p className={styles.notice} role="status">
                {notice}
              </p>
              {error && (
                <p className={styles.error} role="alert">
                  {error}
                </p>
              )}
              <VersionList
                projectId={projectId}
                versions={versions}
                previewOrigin={previewOrigin}
                comparing={comparison?.from ?? null}
                onCompare={(number) => setComparison({ from: number, to: "draft" })}
                onRestore={setRestoring}
              />
            </div>
            {comparison && versions && (
              <section className={styles.compareColumn} aria-label="Compare">
                <div className={styles.compareBar}>
                  <label>
                    <span className={styles.label}>Compare</span>
                    <select className={styles.input} value={comparison.from} onChange={(e) => setComparison({ ...comparison, from: Number(e.target.value) })}>
                      {versions.map((v) => (
                        <option key={v.number} value={v.number}>
                          Version {v.number}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    <span className={styles.label}>with</span>
                    <select
                      className={styles.input}
                      value={String(comparison.to)}
                      onChange={(e) => setComparison({ ...comparison, to: e.target.value === "draft" ? "draft" : Number(e.target.value) })}
                    >
                      <option value="draft">The draft (your editor)</option>
                      {versions.map((v) => (
                        <option key={v.number} value={v.number}>
                          Version {v.number}
                        </option>
                      ))}
                    </select>
                  </label>
                  <span className={styles.spacer} />
                  <Button variant="icon" aria-label="Close the comparison" onClick={() => setComparison(null)}>
                    <X size={16} aria-hidden />
                  </Button>
                </div>
                {left && right ? (
                  <VersionDiff
                    before={left}
                    after={right}
                    beforeLabel={`Version ${comparison.from}`}
                    afterLabel={comparison.to === "draft" ? "Draft" : `Version ${comparison.to}`}
                  />
                ) : (
                  <p className={styles.muted}>Loading the files…</p>
                )}
              </section>
            )}
          </div>
          <RestoreDialog version={restoring} dirtyCount={state.dirty.size} onClose={() => setRestoring(null)} onRestore={restore} />
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

type ListProps = {
  projectId: string;
  versions: VersionSummary[] | null;
  previewOrigin: string;
  comparing: number | null;
  onCompare: (number: number) => void;
  onRestore: (version: VersionSummary) => void;
};

function VersionList({ projectId, versions, previewOrigin, comparing, onCompare, onRestore }: ListProps) {
  if (versions === null) return <p className={styles.muted}>Loading versions…</p>;
  if (versions.length === 0) return <p className={styles.muted}>No versions yet. Publish one to give readers a copy that does not change.</p>;
  return (
    <ol className={styles.versions} aria-label="Published versions">
      {versions.map((v) => (
        <li key={v.number} className={styles.version} data-testid={`version-${v.number}`} data-current={comparing === v.number}>
          <div className={styles.versionHead}>
            <strong>Version {v.number}</strong>
            <a href={`${previewOrigin}/v/${v.number}/`} target="_blank" rel="noopener noreferrer" className={styles.versionLink} aria-label={`Open version ${v.number} in a new tab`}>
              /v/{v.number}/ <ExternalLink size={12} aria-hidden />
            </a>
          </div>
          {v.message && <p className={styles.versionMessage}>{v.message}</p>}
          <p className={styles.muted}>
            {v.authorName} · <time dateTime={v.createdAt}>{createdFormat.format(new Date(v.createdAt))}</time> · {v.fileCount === 1 ? "1 file" : `${v.fileCount} files`}
          </p>
          <div className={styles.versionActions}>
            <Button onClick={() => onCompare(v.number)} aria-label={`Compare version ${v.number}`}>
              <GitCompare size={13} aria-hidden /> Compare
            </Button>
            <Button onClick={() => onRestore(v)} aria-label={`Restore version ${v.number}`}>
              <RotateCcw size={13} aria-hidden /> Restore
            </Button>
            <DownloadZipLink projectId={projectId} version={v.number} />
          </div>
        </li>
      ))}
    </ol>
  );
}
