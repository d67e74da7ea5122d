"use client";
import { useEffect, useState } from "react";
import { updateProject, visibilities, type Visibility } from "@/lib/client/projects-api";
import { Dialog } from "../ui/Dialog";
import { CopyField } from "./CopyField";
import { EmbedBuilder } from "./EmbedBuilder";
import styles from "./share.module.css";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  project: { id: string; slug: string; title: string };
  visibility: Visibility;
  onVisibility: (visibility: Visibility) => void;
};

const visibilityText = new Map<Visibility, { name: string; help: string }>([
  ["private", { name: "Private", help: "Only you can open it." }],
  ["unlisted", { name: "Unlisted", help: "Anyone with the link can see and fork it." }],
  ["public", { name: "Public", help: "Anyone can see and fork it, and it may be listed." }],
]);

/**
 * The project's link, who can see it (saved at once) and the embed code builder. The link comes first: the
 * dialog focuses it on opening, its text selected, ready to copy.
 */
export function ShareDialog({ open, onOpenChange, project, visibility, onVisibility }: Props) {
  const [saving, setSaving] = useState<Visibility | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);

  const choose = async (next: Visibility) => {
    if (next === visibility) return;
    setSaving(next);
    setError(null);
    const saved = await updateProject(project.id, { visibility: next });
    setSaving(null);
    if (saved.ok) onVisibility(next);
    else setError(saved.message);
  };

  const link = `${origin}/p/${project.slug}`;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Share ${project.title}`} wide>
      <CopyField label="Link" value={link} copyLabel="Copy link" />
      {visibility === "private" && (
        <p className={styles.note} data-testid="private-link-note">
          While the project is private, only you can open this link. Make it unlisted or public to share it.
        </p>
      )}

      <fieldset className={styles.visibility} disabled={saving !== null}>
        <legend className={styles.label}>Who can see it</legend>
        {visibilities.map((v) => (
          <label key={v} className={styles.visibilityOption} data-checked={v === (saving ?? visibility)}>
            <input type="radio" name="visibility" value={v} checked={v === (saving ?? visibility)} onChange={() => void choose(v)} />
            <span>
              <strong>{visibilityText.get(v)!.name}</strong>
              <small>{visibilityText.get(v)!.help}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <p className={styles.saveNote} role="status" data-testid="visibility-state">
        {saving ? "Saving…" : error ? "" : `Saved: ${visibilityText.get(visibility)!.name.toLowerCase()}.`}
      </p>
      {error && (
        <p className={styles.inlineError} role="alert">
          {error}
        </p>
      )}


      <h3 className={styles.sectionTitle}>Embed</h3>
      {visibility === "private" ? (
        <p className={styles.note} data-testid="embed-private-note">
          Embeds need an unlisted or public project: a private one cannot be shown on another site.
        </p>
      ) : (
        open && origin && <EmbedBuilder projectId={project.id} slug={project.slug} title={project.title} appOrigin={origin} />
      )}
    </Dialog>
  );
}
