"use client";
import dynamic from "next/dynamic";
import { useCallback, useState, type ReactNode } from "react";
import type { WorkbenchFile } from "@/lib/workbench/files";
import { CodeEditor } from "./CodeEditor";
import { ConsolePanel } from "./ConsolePanel";
import { EditorTabs } from "./EditorTabs";
import { FileTree } from "./FileTree";
import type { OwnerDialog } from "./OwnerDialogs";
import { PreviewPane } from "./PreviewPane";
import { ReadOnlyHeader } from "./ReadOnlyHeader";
import { ResponsivePanes, type PaneName } from "./ResponsivePanes";
import type { ProjectSettings } from "./SettingsDialog";
import { usePreview } from "./use-preview";
import { useShortcuts } from "./use-shortcuts";
import { useWorkbenchState, useWorkbenchStore } from "./use-workbench";
import { WorkbenchHeader } from "./WorkbenchHeader";
import styles from "./workbench.module.css";

// Fetched when a dialog first opens (or a save conflicts): sharing, versions (with Monaco's diff) and settings
// are no part of what the editor page loads before typing. Once loaded they stay mounted, so they close as
// they always did.
const OwnerDialogs = dynamic(() => import("./OwnerDialogs").then((m) => m.OwnerDialogs), { ssr: false });

export type ForkSource = { slug: string; title: string; available: boolean };

export type WorkbenchProject = ProjectSettings & {
  id: string;
  slug: string;
  revision: number;
  files: WorkbenchFile[];
  ownerName: string;
  /** ISO time of the last change. */
  updatedAt: string;
  forkCount: number;
  forkedFrom: ForkSource | null;
  latestVersion: number | null;
};

/**
 * `edit`: the owner's editor. `read`: anyone else's view of a public or unlisted project, or anyone's view
 * of a published version (`version`): the same panes, nothing editable, and Fork.
 */
export type WorkbenchMode =
  | { kind: "edit" }
  | { kind: "read"; version: number | null; signedIn: boolean; owner: boolean; forkRequested: boolean };

type WorkbenchProps = {
  project: WorkbenchProject;
  previewOrigin: string;
  mode?: WorkbenchMode;
  /** The first file as the server rendered it, shown until Monaco is ready. */
  staticCode?: { path: string; view: ReactNode };
  /** Whether the request came from a phone, where the browser said (Sec-CH-UA-Mobile); see useNarrowScreen. */
  narrowGuess?: boolean | null;
};

const editMode: WorkbenchMode = { kind: "edit" };

/**
 * On a processor of two cores or fewer, the preview's page starts once the editor accepts typing: loading and
 * running it (its frame, its interpreter, our server's answers) would take the processor from Monaco's start,
 * about a sixth of the time to typing. With more cores both start at once, and the preview is done sooner.
 * Read in an effect only (usePreview), so the server's render never depends on it.
 */
const fewCores = (): boolean => typeof navigator !== "undefined" && navigator.hardwareConcurrency <= 2;

/** The editor: files, Monaco and the running page with its console, in resizable panes. */
export function Workbench({ project, previewOrigin, mode = editMode, staticCode, narrowGuess = null }: WorkbenchProps) {
  const readOnly = mode.kind === "read";
  const store = useWorkbenchStore(project.id, project.revision, project.files);
  const state = useWorkbenchState(store);
  const preview = usePreview(previewOrigin, { deferred: fewCores() });
  const [settings, setSettings] = useState<ProjectSettings>(project);
  const [dialog, setDialog] = useState<OwnerDialog | null>(null);
  const [dialogsWanted, setDialogsWanted] = useState(false);
  if (!dialogsWanted && (dialog !== null || state.conflict !== null)) setDialogsWanted(true);
  // The pane a phone shows (one at a time); a wide screen shows them all and ignores it.
  const [pane, setPane] = useState<PaneName>("code");
  const previewPath = mode.kind === "read" && mode.version !== null ? `/v/${mode.version}/` : "/";

  const save = useCallback(() => void (readOnly ? undefined : store.save()), [store, readOnly]);
  const saveAndRun = useCallback(async () => {
    if (readOnly || (await store.save())) preview.run();
  }, [store, preview, readOnly]);
  useShortcuts({ save, saveAndRun: () => void saveAndRun() });

  return (
    <div className={styles.workbench} data-mode={mode.kind}>
      {mode.kind === "edit" ? (
        <WorkbenchHeader project={project} title={settings.title} state={state} onSave={save} onOpen={setDialog} onDismissError={store.dismissError} />
      ) : (
        <ReadOnlyHeader project={project} mode={mode} />
      )}
      <ResponsivePanes
        files={<FileTree store={store} state={state} readOnly={readOnly} onFileOpened={() => setPane("code")} />}
        code={
          <section className={styles.editorPane} aria-label={readOnly ? "Code (read-only)" : "Editor"}>
            <EditorTabs tabs={state.tabs} dirty={state.dirty} onOpen={store.open} onClose={store.close} />
            <CodeEditor files={state.current} active={state.tabs.active} onEdit={readOnly ? undefined : store.edit} readOnly={readOnly} placeholder={staticCode} onSettled={preview.start} />
          </section>
        }
        preview={
          <PreviewPane
            previewOrigin={previewOrigin}
            path={previewPath}
            isolated={settings.isolated}
            preview={preview}
            onRun={() => void saveAndRun()}
            runTitle={readOnly ? "Run again (Ctrl/Cmd+Enter)" : undefined}
          />
        }
        console={<ConsolePanel preview={preview} />}
        pane={pane}
        onPaneChange={setPane}
        narrowGuess={narrowGuess}
      />
      {mode.kind === "edit" && dialogsWanted && (
        <OwnerDialogs
          dialog={dialog}
          onDialog={setDialog}
          project={project}
          previewOrigin={previewOrigin}
          settings={settings}
          onSettings={(next) => {
            setSettings(next);
            if (next.isolated !== settings.isolated) preview.run();
          }}
          store={store}
          state={state}
          onRestored={preview.run}
        />
      )}
    </div>
  );
}
