"use client";
import { useState, type FormEvent } from "react";
import { createProjectFromTemplate } from "@/lib/client/projects-api";
import type { TemplateSummary } from "@/lib/templates/template";
import { Dialog, DialogFooter, dialogStyles } from "../ui/Dialog";
import type { TemplateGroups } from "./types";
import styles from "./dashboard.module.css";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; templates: TemplateGroups };

/** A title and a template; creating opens the new project in the editor. */
export function NewProjectDialog({ open, onOpenChange, templates }: Props) {
  const [template, setTemplate] = useState(templates.starters[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const chosen = [...templates.starters, ...templates.examples].find((t) => t.id === template);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const created = await createProjectFromTemplate(title.trim() || chosen?.title || "Untitled", template);
    if (!created.ok) {
      setBusy(false);
      setError(created.message);
      return;
    }
    // A full navigation, not a client-side one: the editor's document must load with its own COOP/COEP
    // headers to be cross-origin isolated, or the preview it frames cannot be.
    window.location.assign(`/p/${created.value.slug}`);
  };

  const group = (legend: string, list: TemplateSummary[]) => (
    <fieldset className={styles.templateGroup}>
      <legend>{legend}</legend>
      <div className={styles.templates}>
        {list.map((t) => (
          <label key={t.id} className={styles.template}>
            <input type="radio" name="template" value={t.id} checked={template === t.id} onChange={() => setTemplate(t.id)} />
            <strong>{t.title}</strong>
            <span>{t.description}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New project" wide>
      <form onSubmit={submit}>
        <label className={dialogStyles.field}>
          Title
          <input className={dialogStyles.input} value={title} placeholder={chosen?.title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        {group("Start from", templates.starters)}
        {group("Examples from the Workers documentation", templates.examples)}
        <DialogFooter error={error} onCancel={() => onOpenChange(false)} submitLabel={busy ? "Creating…" : "Create project"} submitDisabled={busy || !chosen} />
      </form>
    </Dialog>
  );
}
