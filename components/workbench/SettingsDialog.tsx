"use client";
import { useState, type FormEvent } from "react";
import { updateProject, type ProjectSettings } from "@/lib/client/projects-api";
import { Dialog, DialogFooter, dialogStyles } from "../ui/Dialog";

export type { ProjectSettings };

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  projectId: string;
  settings: ProjectSettings;
  onSaved: (settings: ProjectSettings) => void;
};

/** Title and whether the preview is cross-origin isolated; who can see the project is set in Share. */
export function SettingsDialog({ open, onOpenChange, projectId, settings, onSaved }: Props) {
  const [draft, setDraft] = useState(settings);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const saved = await updateProject(projectId, { title: draft.title.trim(), isolated: draft.isolated });
    setBusy(false);
    setError(saved.ok ? null : saved.message);
    if (!saved.ok) return;
    onSaved({ ...draft, title: draft.title.trim() });
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Project settings">
      <form onSubmit={submit}>
        <label className={dialogStyles.field}>
          Title
          <input className={dialogStyles.input} value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </label>
        <label className={dialogStyles.field} style={{ gridTemplateColumns: "auto 1fr", alignItems: "start" }}>
          <input type="checkbox" checked={draft.isolated} onChange={(e) => setDraft({ ...draft, isolated: e.target.checked })} />
          <span>
            Cross-origin isolation headers
            <br />
            <small>Workers reach the page with Atomics at full speed. Turn off to test the service-worker fallback.</small>
          </span>
        </label>
        <p className={dialogStyles.description}>Who can see the project is set under Share.</p>
        <DialogFooter error={error} onCancel={() => onOpenChange(false)} submitLabel="Save settings" submitDisabled={busy || draft.title.trim() === ""} />
      </form>
    </Dialog>
  );
}
