"use client";
import type { Conflict } from "@/lib/workbench/conflict";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";

type Props = { conflict: Conflict | null; onReload: () => void; onOverwrite: () => void };

/**
 * Someone saved the same files from elsewhere. Nothing the person typed is lost either way: Reload shows
 * the other version and keeps theirs as "(mine)" copies; Overwrite saves theirs over it.
 */
export function ConflictDialog({ conflict, onReload, onOverwrite }: Props) {
  if (!conflict) return null;
  const files = conflict.files.join(", ");
  return (
    <Dialog
      open
      onOpenChange={() => undefined}
      title="Changed somewhere else"
      description={`${files} ${conflict.files.length === 1 ? "was" : "were"} saved from another tab or window after you opened ${conflict.files.length === 1 ? "it" : "them"}. Your text is still in the editor.`}
    >
      <ul>
        <li>
          <strong>Reload</strong>: show the other version; your text stays open as a “(mine)” copy.
        </li>
        <li>
          <strong>Overwrite</strong>: save your version over the other one.
        </li>
      </ul>
      <div className={dialogStyles.actions}>
        <Button onClick={onReload}>Reload</Button>
        <Button variant="danger" onClick={onOverwrite}>
          Overwrite
        </Button>
      </div>
    </Dialog>
  );
}
