"use client";
import { useState, type FormEvent } from "react";
import { updateProject, visibilities, type ProjectSettings, type Visibility } from "@/lib/client/projects-api";
import { Dialog, DialogFooter, dialogStyles } from "../ui/Dialog";

export type { ProjectSettings };

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  projectId: string;
  settings: ProjectSettings;
  onSaved: (settings: ProjectSettings) => void;
};

const visibilityHelp = new Map<Visibility, string>([
  ["private", "Only you"],
  ["unlisted", "Anyone with the link"],
  ["public", "Anyone, and listed"],
]);

/** Title, who can see the project, and whether its preview is cross-origin isolated. */
export function SettingsDialog({ open, onOpenChange, projectId, settings, onSaved }: Props) {
  const [draft, setDraft] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = await updateProject(projectId, { ...draft, title: draft.title.trim() });
    setBusy(false);
    setError(saved.ok ? null : saved.message);
    if (!saved.ok) return;
    onSaved(draft);
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Project settings">
      <form onSubmit={submit}>
        <label className={dialogStyles.field}>
          Title
          <input className={dialogStyles.input} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label className={dialogStyles.field}>
          Visibility
          <select className={dialogStyles.select} value={draft.visibility} onChange={(e) => setDraft({ ...draft, visibility: e.target.value as Visibility })}>
            {visibilities.map((v) => (
              <option key={v} value={v}>
                {v[0]!.toUpperCase() + v.slice(1)}: {visibilityHelp.get(v)}
              </option>
            ))}
          </select>
        </label>
        <label className={dialogStyles.field} style={{ gridTemplateColumns: "auto 1fr", alignItems: "start" }}>
          <input type="checkbox" checked={draft.isolated} onChange={(e) => setDraft({ ...draft, isolated: e.target.checked })} />
          <span>
            Cross-origin isolation headers
            <br />
            <small>Workers reach the page with Atomics at full speed. Turn off to test the service-worker fallback.</small>
          </span>
        </label>
        <DialogFooter error={error} onCancel={() => onOpenChange(false)} submitLabel="Save settings" submitDisabled={busy || draft.title.trim() === ""} />
      </form>
    </Dialog>
  );
}
