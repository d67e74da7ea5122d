"use client";
import { Code2, FolderTree, Monitor, SquareTerminal } from "lucide-react";
import type { ComponentType, ReactNode } from "react";
import { useState } from "react";
import { Group, Panel, Separator } from "react-resizable-panels";
import { Tabs } from "radix-ui";
import { useNarrowScreen } from "./use-narrow-screen";
import styles from "./responsive-panes.module.css";

export type PaneName = "files" | "code" | "preview" | "console";

type ResponsivePanesProps = {
  /** The file tree; leave it out (a read-only or embedded view without one) and there is no Files tab. */
  files?: ReactNode;
  code: ReactNode;
  preview: ReactNode;
  /** Leave it out and there is no Console tab. */
  console?: ReactNode;
  /** The tab a narrow screen opens on. */
  initialPane?: PaneName;
  /** Controlled tab, e.g. to show Code once a file is chosen in Files; with `onPaneChange`. */
  pane?: PaneName;
  onPaneChange?: (pane: PaneName) => void;
  /** Whether the server guessed a narrow screen (null: no guess); see useNarrowScreen. */
  narrowGuess?: boolean | null;
};

const tabs: { name: PaneName; label: string; Icon: ComponentType<{ size?: number; "aria-hidden"?: boolean }> }[] = [
  { name: "files", label: "Files", Icon: FolderTree },
  { name: "code", label: "Code", Icon: Code2 },
  { name: "preview", label: "Preview", Icon: Monitor },
  { name: "console", label: "Console", Icon: SquareTerminal },
];

/**
 * The workbench's panes: side by side and resizable on a wide screen; on a narrow one (a phone), one at a
 * time under a row of tabs. Every pane stays mounted while another is shown, so the preview's iframe
 * and Monaco keep their state (a running program, the undo history) when the person switches tabs.
 * Crossing the breakpoint (a phone turned sideways past it) does remount them, in the other layout.
 */
export function ResponsivePanes(props: ResponsivePanesProps) {
  const narrow = useNarrowScreen(props.narrowGuess ?? null);
  if (narrow === null) return <div className={styles.panes} aria-busy="true" />;
  return narrow ? <TabbedPanes {...props} /> : <SideBySidePanes {...props} />;
}

function SideBySidePanes({ files, code, preview, console }: ResponsivePanesProps) {
  return (
    <Group orientation="horizontal" className={styles.panes}>
      {files !== undefined && (
        <>
          <Panel defaultSize="17%" minSize="10%">
            {files}
          </Panel>
          <Separator className={styles.separator} />
        </>
      )}
      <Panel defaultSize={files === undefined ? "55%" : "45%"} minSize="20%">
        {code}
      </Panel>
      <Separator className={styles.separator} />
      <Panel defaultSize={files === undefined ? "45%" : "38%"} minSize="15%">
        {console === undefined ? (
          preview
        ) : (
          <Group orientation="vertical">
            <Panel defaultSize="65%" minSize="15%">
              {preview}
            </Panel>
            <Separator className={styles.separatorVertical} />
            <Panel defaultSize="35%" minSize="10%">
              {console}
            </Panel>
          </Group>
        )}
      </Panel>
    </Group>
  );
}

function TabbedPanes({ files, code, preview, console, initialPane = "code", pane, onPaneChange }: ResponsivePanesProps) {
  const content = new Map<PaneName, ReactNode>([
    ["files", files],
    ["code", code],
    ["preview", preview],
    ["console", console],
  ]);
  const shown = tabs.filter((tab) => content.get(tab.name) !== undefined);
  const [ownPane, setOwnPane] = useState<PaneName>(initialPane);
  const current = pane ?? ownPane;
  const choose = (value: string) => {
    const next = shown.find((tab) => tab.name === value)?.name;
    if (!next) return;
    setOwnPane(next);
    onPaneChange?.(next);
  };

  return (
    <Tabs.Root className={styles.tabbed} value={current} onValueChange={choose}>
      <Tabs.List className={styles.tabList} aria-label="Panes">
        {shown.map(({ name, label, Icon }) => (
          <Tabs.Trigger key={name} value={name} className={styles.tab}>
            <Icon size={16} aria-hidden />
            {label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {shown.map(({ name }) => (
        // forceMount keeps every pane mounted; the hidden ones are display: none.
        <Tabs.Content key={name} value={name} forceMount className={styles.tabPanel}>
          {content.get(name)}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
