import type { WorkbenchFile } from "@/lib/workbench/files";

export type EmbedView = "preview" | "code" | "split";

/** What the embed page hands its client view: plain data, nothing of the server's types. */
export type EmbedProps = {
  title: string;
  ownerName: string;
  /** The project's page on the app ("Open in editor"). */
  projectHref: string;
  /** The preview origin (messages are accepted from it alone) and the page to frame there. */
  previewOrigin: string;
  previewUrl: string;
  /** The text files, for the code view (none when the embed shows only the preview). */
  files: WorkbenchFile[];
  initialFile: string | null;
  view: EmbedView;
  theme: "light" | "dark" | null;
  showConsole: boolean;
  runOnClick: boolean;
};
