"use client";
import { FilePlus, FolderPlus, Upload } from "lucide-react";
import dynamic from "next/dynamic";
import { useMemo, useRef, useState, type DragEvent } from "react";
import { readUpload } from "@/lib/workbench/read-upload";
import type { WorkbenchState, WorkbenchStore } from "@/lib/workbench/store";
import { buildTree } from "@/lib/workbench/tree";
import { Button } from "../ui/Button";
import { FileTreeNodes, type TreeAction } from "./FileTreeNodes";
import type { TreeDialog } from "./TreeDialogs";
import styles from "./workbench.module.css";

// Fetched at the first dialog: the dialogs' code is no part of what the editor page loads before typing.
const TreeDialogs = dynamic(() => import("./TreeDialogs").then((m) => m.TreeDialogs), { ssr: false });

type FileTreeProps = {
  store: WorkbenchStore;
  state: WorkbenchState;
  readOnly?: boolean;
  /** After a file is opened from the list (a phone then shows the code). */
  onFileOpened?: (path: string) => void;
};

/**
 * The project's files: new file, new folder, upload (button or drop), and rename/delete on each row.
 * Read-only (someone else's project, a version), only the list: opening a file is all it does.
 */
export function FileTree({ store, state, readOnly = false, onFileOpened }: FileTreeProps) {
  const [dialog, setDialog] = useState<TreeDialog | null>(null);
  const [dropping, setDropping] = useState(false);
  const uploadInput = useRef<HTMLInputElement>(null);
  const tree = useMemo(() => buildTree(state.current.keys(), state.folders), [state.current, state.folders]);

  const upload = async (files: Iterable<File>) => {
    for (const file of files) {
      const read = await readUpload(file, "");
      store.create(read.path, read.content, read.encoding);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropping(false);
    void upload(event.dataTransfer.files);
  };
  const onAction = (action: TreeAction) => setDialog(action);
  const open = (path: string) => {
    store.open(path);
    onFileOpened?.(path);
  };

  if (readOnly) {
    return (
      <nav className={styles.treePane} aria-label="Project files">
        <div className={styles.toolbar}>
          <h2 className={styles.paneTitle}>Files</h2>
        </div>
        <FileTreeNodes nodes={tree} depth={0} active={state.tabs.active} dirty={state.dirty} onOpen={open} />
      </nav>
    );
  }

  return (
    <nav
      className={styles.treePane}
      aria-label="Project files"
      data-dropping={dropping}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={onDrop}
    >
      <div className={styles.toolbar}>
        <h2 className={styles.paneTitle}>Files</h2>
        <span className={styles.spacer} />
        <Button variant="icon" aria-label="New file" title="New file" onClick={() => setDialog({ kind: "new-file" })}>
          <FilePlus size={16} aria-hidden />
        </Button>
        <Button variant="icon" aria-label="New folder" title="New folder" onClick={() => setDialog({ kind: "new-folder" })}>
          <FolderPlus size={16} aria-hidden />
        </Button>
        <Button variant="icon" aria-label="Upload files" title="Upload files" onClick={() => uploadInput.current?.click()}>
          <Upload size={16} aria-hidden />
        </Button>
        <input
          ref={uploadInput}
          type="file"
          multiple
          hidden
          data-testid="upload-input"
          onChange={(event) => {
            if (event.target.files) void upload([...event.target.files]);
            event.target.value = "";
          }}
        />
      </div>
      <FileTreeNodes nodes={tree} depth={0} active={state.tabs.active} dirty={state.dirty} onOpen={open} onAction={onAction} />
      <p className={styles.dropHint}>Drop files here to upload them.</p>
      {dialog && <TreeDialogs dialog={dialog} onClose={() => setDialog(null)} store={store} />}
    </nav>
  );
}
