"use client";
import { useCallback, useState } from "react";
import type { WorkbenchFile } from "@/lib/workbench/files";
import { CodeEditor } from "./CodeEditor";
import { ConflictDialog } from "./ConflictDialog";
import { ConsolePanel } from "./ConsolePanel";
import { EditorTabs } from "./EditorTabs";
import { FileTree } from "./FileTree";
import { PreviewPane } from "./PreviewPane";
import { ResponsivePanes } from "./ResponsivePanes";
import { SettingsDialog, type ProjectSettings } from "./SettingsDialog";
import { usePreview } from "./use-preview";
import { useShortcuts } from "./use-shortcuts";
import { useWorkbenchState, useWorkbenchStore } from "./use-workbench";
import { WorkbenchHeader } from "./WorkbenchHeader";
import styles from "./workbench.module.css";

export type WorkbenchProject = ProjectSettings & { id: string; slug: string; revision: number; files: WorkbenchFile[] };

type WorkbenchProps = { project: WorkbenchProject; previewOrigin: string };

/** The editor: files, Monaco and the running page with its console, in resizable panes. */
export function Workbench({ project, previewOrigin }: WorkbenchProps) {
  const store = useWorkbenchStore(project.id, project.revision, project.files);
  const state = useWorkbenchState(store);
  const preview = usePreview(previewOrigin);
  const [settings, setSettings] = useState<ProjectSettings>(project);
  const [settingsOpen, setSettingsOpen] = useState(false);

  const save = useCallback(() => void store.save(), [store]);
  const saveAndRun = useCallback(async () => {
    if (await store.save()) preview.run();
  }, [store, preview]);
  useShortcuts({ save, saveAndRun: () => void saveAndRun() });

  return (
    <div className={styles.workbench}>
      <WorkbenchHeader title={settings.title} state={state} onSave={save} onSettings={() => setSettingsOpen(true)} onDismissError={store.dismissError} />
      <ResponsivePanes
        files={<FileTree store={store} state={state} />}
        code={
          <section className={styles.editorPane} aria-label="Editor">
            <EditorTabs tabs={state.tabs} dirty={state.dirty} onOpen={store.open} onClose={store.close} />
            <CodeEditor files={state.current} active={state.tabs.active} onEdit={store.edit} />
          </section>
        }
        preview={<PreviewPane previewOrigin={previewOrigin} isolated={settings.isolated} preview={preview} onRun={() => void saveAndRun()} />}
        console={<ConsolePanel preview={preview} />}
      />
      <ConflictDialog conflict={state.conflict} onReload={() => void store.reload()} onOverwrite={() => void store.overwrite()} />
      <SettingsDialog
        key={String(settingsOpen)}
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
        projectId={project.id}
        settings={settings}
        onSaved={(next) => {
          setSettings(next);
          if (next.isolated !== settings.isolated) preview.run();
        }}
      />
    </div>
  );
}
