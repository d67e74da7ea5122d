import type { Conflict } from "./conflict";
import type { FileChanges, WorkbenchFile } from "./files";

export type SaveRequest = FileChanges & { baseRevision: number };
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: Conflict };
export type ServerFiles = { revision: number; files: WorkbenchFile[] };

/** How the workbench talks to the server; the store only knows this shape, so its logic tests without one. */
export type WorkbenchTransport = {
  saveFiles(request: SaveRequest): Promise<SaveResult>;
  loadFiles(): Promise<ServerFiles>;
};
