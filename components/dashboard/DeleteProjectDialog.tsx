"use client";
import { useState } from "react";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";

type Props = { title: string; onCancel: () => void; onConfirm: () => Promise<string | null> };

export function DeleteProjectDialog({ title, onCancel, onConfirm }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open onOpenChange={(open) => !open && onCancel()} title={`Delete ${title}?`} description="Its files and its preview address go with it. This cannot be undone.">
      {error && (
        <p className={dialogStyles.error} role="alert">
          {error}
        </p>
      )}
      <div className={dialogStyles.actions}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button
          variant="danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setError(await onConfirm());
            setBusy(false);
          }}
        >
          Delete project
        </Button>
      </div>
    </Dialog>
  );
}
