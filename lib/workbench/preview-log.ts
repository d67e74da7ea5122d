import type { PreviewToEditorMessage } from "../protocol/console";

export type ConsoleEntry = {
  id: number;
  kind: "stdout" | "stderr" | "error" | "info";
  text: string;
  traceback?: string;
};

export type LoadStage = "interpreter" | "packages" | "files";

/** What the preview is doing, for the status line and the progress bar. */
export type PreviewStatus =
  | { phase: "loading"; stage: LoadStage | null; fraction: number | null }
  | { phase: "running"; engine: string }
  | { phase: "done" }
  | { phase: "failed" }
  | { phase: "stopped"; detail: string };

export type PreviewLog = { entries: readonly ConsoleEntry[]; status: PreviewStatus; nextId: number };

export type PreviewLogEvent =
  | PreviewToEditorMessage
  | { type: "reloading" }
  | { type: "clear-log" }
  | { type: "note"; text: string };

/** Beyond this the oldest lines go: a print loop must not grow the editor's memory without bound. */
export const maxEntries = 2000;

export const initialPreviewLog: PreviewLog = {
  entries: [],
  status: { phase: "loading", stage: null, fraction: null },
  nextId: 1,
};

/** Folds preview messages and editor events into the console's lines and the preview's status. */
export function reducePreviewLog(log: PreviewLog, event: PreviewLogEvent): PreviewLog {
  switch (event.type) {
    case "stdout":
    case "stderr":
      return append(log, event.type, event.text);
    case "error":
      return { ...append(log, "error", event.message, event.traceback), status: { phase: "failed" } };
    case "ready":
      return { ...log, status: { phase: "running", engine: event.engine } };
    case "done":
      return log.status.phase === "failed" ? log : { ...log, status: { phase: "done" } };
    case "progress": {
      const fraction = event.total ? Math.min(1, event.loaded / event.total) : null;
      return { ...log, status: { phase: "loading", stage: event.stage, fraction } };
    }
    case "stopped":
      return { ...append(log, "info", event.detail), status: { phase: "stopped", detail: event.detail } };
    case "note":
      return append(log, "info", event.text);
    case "reloading":
      // Each run starts with an empty console, so what it shows is this run's output.
      return { ...log, entries: [], status: initialPreviewLog.status };
    case "clear-log":
      return { ...log, entries: [] };
    case "cleared":
      return log;
  }
}

/** The runtime sends output a line at a time, so each message is one entry. */
function append(log: PreviewLog, kind: ConsoleEntry["kind"], text: string, traceback?: string): PreviewLog {
  const entry: ConsoleEntry = traceback ? { id: log.nextId, kind, text, traceback } : { id: log.nextId, kind, text };
  const entries = [...log.entries, entry];
  return { ...log, entries: entries.length > maxEntries ? entries.slice(-maxEntries) : entries, nextId: log.nextId + 1 };
}
