"use client";
import { useState, type FormEvent } from "react";
import { Dialog, DialogFooter, dialogStyles } from "./Dialog";

type PromptDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  label: string;
  initialValue: string;
  submitLabel: string;
  /** Returns an error message to show, or null when the value was accepted (the dialog then closes). */
  onSubmit: (value: string) => string | null | Promise<string | null>;
};

/** One text field in a dialog: names for new files and folders, renames, titles. */
export function PromptDialog({ open, onOpenChange, title, label, initialValue, submitLabel, onSubmit }: PromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const problem = await onSubmit(value.trim());
    setBusy(false);
    setError(problem);
    if (problem === null) onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title}>
      <form onSubmit={submit}>
        <label className={dialogStyles.field}>
          {label}
          <input
            className={dialogStyles.input}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            onFocus={(event) => selectName(event.target)}
            autoFocus
            aria-invalid={error !== null}
          />
        </label>
        <DialogFooter error={error} onCancel={() => onOpenChange(false)} submitLabel={submitLabel} submitDisabled={busy || value.trim() === ""} />
      </form>
    </Dialog>
  );
}

/** Selects the name without its extension, as file managers do, so typing replaces just the name. */
function selectName(input: HTMLInputElement): void {
  const slash = input.value.lastIndexOf("/");
  const dot = input.value.lastIndexOf(".");
  input.setSelectionRange(slash + 1, dot > slash + 1 ? dot : input.value.length);
}
