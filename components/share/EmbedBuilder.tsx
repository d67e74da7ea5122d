"use client";
import { useEffect, useState } from "react";
import { listVersions, type VersionSummary } from "@/lib/client/projects-api";
import { embedSnippet, embedUrl, type EmbedOptions } from "@/lib/embed/options";
import { CopyField } from "./CopyField";
import styles from "./share.module.css";

type Props = { projectId: string; slug: string; title: string; appOrigin: string };

const views: { value: EmbedOptions["view"]; label: string }[] = [
  { value: "split", label: "Code and preview" },
  { value: "preview", label: "Preview" },
  { value: "code", label: "Code" },
];

/** What the builder starts from: light enough for a docs page (nothing loads until the reader presses Run). */
const startingOptions: EmbedOptions = { view: "split", file: undefined, theme: "light", console: false, run: "click", v: undefined };

/** Options for an embed, a live preview of it, and the `<iframe>` snippet to paste. */
export function EmbedBuilder({ projectId, slug, title, appOrigin }: Props) {
  const [options, setOptions] = useState<EmbedOptions>(startingOptions);
  const [versions, setVersions] = useState<VersionSummary[]>([]);
  const set = (patch: Partial<EmbedOptions>) => setOptions((current) => ({ ...current, ...patch }));

  useEffect(() => {
    let live = true;
    void listVersions(projectId).then((listed) => live && listed.ok && setVersions(listed.value));
    return () => void (live = false);
  }, [projectId]);

  const url = embedUrl(appOrigin, slug, options);
  return (
    <div className={styles.embed}>
      <div className={styles.embedOptions}>
        <fieldset className={styles.segmented}>
          <legend className={styles.label}>Show</legend>
          {views.map((view) => (
            <label key={view.value} data-checked={options.view === view.value}>
              <input type="radio" name="embed-view" value={view.value} checked={options.view === view.value} onChange={() => set({ view: view.value })} />
              {view.label}
            </label>
          ))}
        </fieldset>
        <label className={styles.option}>
          <span className={styles.label}>Theme</span>
          <select value={options.theme} onChange={(e) => set({ theme: e.target.value === "dark" ? "dark" : "light" })}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label className={styles.option}>
          <span className={styles.label}>Runs</span>
          <select value={options.run} onChange={(e) => set({ run: e.target.value === "auto" ? "auto" : "click" })}>
            <option value="click">When the reader clicks Run</option>
            <option value="auto">As soon as it is visible</option>
          </select>
        </label>
        <label className={styles.option}>
          <span className={styles.label}>Version</span>
          <select value={options.v ?? ""} onChange={(e) => set({ v: e.target.value === "" ? undefined : Number(e.target.value) })}>
            <option value="">Draft (follows your edits)</option>
            {versions.map((v) => (
              <option key={v.number} value={v.number}>
                Version {v.number}
                {v.message ? `: ${v.message}` : ""}
              </option>
            ))}
          </select>
        </label>
        <label className={styles.checkOption}>
          <input type="checkbox" checked={options.console} onChange={(e) => set({ console: e.target.checked })} />
          Show the console
        </label>
      </div>
      <div className={styles.embedPreview}>
        <span className={styles.label}>Preview</span>
        <iframe key={url} src={url} title="Preview of the embed" allow="cross-origin-isolated" className={styles.embedFrame} data-testid="embed-preview" />
      </div>
      <div>
        <CopyField label="Embed code" value={embedSnippet(appOrigin, slug, title, options)} multiline copyLabel="Copy embed code" />
      </div>
    </div>
  );
}
