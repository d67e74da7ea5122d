"use client";
import type { WorkbenchState, WorkbenchStore } from "@/lib/workbench/store";
import { ShareDialog } from "../share/ShareDialog";
import { VersionsPanel } from "../versions/VersionsPanel";
import { ConflictDialog } from "./ConflictDialog";
import { SettingsDialog, type ProjectSettings } from "./SettingsDialog";
import type { WorkbenchProject } from "./Workbench";

export type OwnerDialog = "settings" | "share" | "versions";

type Props = {
  dialog: OwnerDialog | null;
  onDialog: (dialog: OwnerDialog | null) => void;
  project: WorkbenchProject;
  previewOrigin: string;
  settings: ProjectSettings;
  onSettings: (settings: ProjectSettings) => void;
  store: WorkbenchStore;
  state: WorkbenchState;
  onRestored: () => void;
};

/** The dialogs only the owner's editor has: conflicts, settings, sharing and versions. */
export function OwnerDialogs({ dialog, onDialog, project, previewOrigin, settings, onSettings, store, state, onRestored }: Props) {
  const openChange = (which: OwnerDialog) => (open: boolean) => onDialog(open ? which : null);
  return (
    <>
      <ConflictDialog conflict={state.conflict} onReload={() => void store.reload()} onOverwrite={() => void store.overwrite()} />
      <SettingsDialog
        key={`settings-${dialog === "settings"}`}
        open={dialog === "settings"}
        onOpenChange={openChange("settings")}
        projectId={project.id}
        settings={settings}
        onSaved={onSettings}
      />
      <ShareDialog
        open={dialog === "share"}
        onOpenChange={openChange("share")}
        project={{ id: project.id, slug: project.slug, title: settings.title }}
        visibility={settings.visibility}
        onVisibility={(visibility) => onSettings({ ...settings, visibility })}
      />
      <VersionsPanel
        open={dialog === "versions"}
        onOpenChange={openChange("versions")}
        projectId={project.id}
        previewOrigin={previewOrigin}
        store={store}
        state={state}
        onRestored={onRestored}
      />
    </>
  );
}
