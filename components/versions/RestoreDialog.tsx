"use client";
import { useState } from "react";
import type { VersionSummary } from "@/lib/client/projects-api";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";

type Props = {
  version: VersionSummary | null;
  dirtyCount: number;
  onClose: () => void;
  /** Resolves to an error message, or null once restored. */
  onRestore: (version: VersionSummary) => Promise<string | null>;
};

/** Asks before a version's files replace the draft's. */
export function RestoreDialog({ version, dirtyCount, onClose, onRestore }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!version) return null;

  const confirm = async () => {
    setBusy(true);
    const problem = await onRestore(version);
    setBusy(false);
    setError(problem);
    if (problem === null) onClose();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && !busy && onClose()}
      title={`Restore version ${version.number}?`}
      description={`The draft's files become those of version ${version.number}, as a new change to the draft. Published versions stay as they are; what the draft has now is kept only if you published it.${
        dirtyCount > 0 ? ` Your ${dirtyCount === 1 ? "unsaved change is" : "unsaved changes are"} saved first.` : ""
      }`}
    >
      {error && (
        <p className={dialogStyles.error} role="alert">
          {error}
        </p>
      )}
      <div className={dialogStyles.actions}>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="danger" onClick={() => void confirm()} disabled={busy}>
          {busy ? "Restoring…" : `Restore version ${version.number}`}
        </Button>
      </div>
    </Dialog>
  );
}
