"use client";
import type { WorkbenchStore } from "@/lib/workbench/store";
import { pathProblem } from "@/lib/workbench/tree";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";
import { PromptDialog } from "../ui/PromptDialog";
import type { TreeAction } from "./FileTreeNodes";

export type TreeDialog = TreeAction | { kind: "new-file" } | { kind: "new-folder" };

type Props = { dialog: TreeDialog | null; onClose: () => void; store: WorkbenchStore };

/** The tree's questions: a name for a new file or folder, a new name, and "really delete?". */
export function TreeDialogs({ dialog, onClose, store }: Props) {
  if (!dialog) return null;
  const setOpen = (open: boolean) => !open && onClose();
  const exists = (path: string) => store.getState().current.has(path) || store.getState().folders.has(path);

  if (dialog.kind === "delete") {
    return (
      <Dialog open onOpenChange={setOpen} title={`Delete ${dialog.path}?`} description={dialog.isFolder ? "The folder and every file in it are removed when you save." : "The file is removed when you save."}>
        <div className={dialogStyles.actions}>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="danger" onClick={() => (store.remove(dialog.path), onClose())}>
            Delete
          </Button>
        </div>
      </Dialog>
    );
  }

  const isRename = dialog.kind === "rename";
  const title = isRename ? `Rename ${dialog.path}` : dialog.kind === "new-file" ? "New file" : "New folder";
  return (
    <PromptDialog
      open
      onOpenChange={setOpen}
      title={title}
      label={isRename ? "New path" : "Path"}
      initialValue={isRename ? dialog.path : dialog.kind === "new-file" ? "untitled.py" : "folder"}
      submitLabel={isRename ? "Rename" : "Create"}
      onSubmit={(path) => {
        const problem = pathProblem(path);
        if (problem) return problem;
        if (isRename && path === dialog.path) return null;
        if (exists(path)) return `${path} already exists.`;
        if (isRename) store.rename(dialog.path, path);
        else if (dialog.kind === "new-file") store.create(path);
        else store.createFolder(path);
        return null;
      }}
    />
  );
}
