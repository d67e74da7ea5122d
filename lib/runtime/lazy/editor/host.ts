import type { RUN_CELL } from "../../../protocol/worker";
import type { parseConfig } from "../../main/config";
import type { RuntimeContext } from "../../main/context";
import type { errorBlock, errorText, showError } from "../../main/errors";
import type { serviceWorkerFor } from "../../main/workers/fallback";
import type { registerWorker } from "../../main/workers/registry";
import type { spawnWorker } from "../../main/workers/spawn";

/**
 * What the editor chunk uses of core.js, handed over by main/editor.ts. The chunk imports none of it:
 * spawning and the worker registry keep state that must be the page's one copy (one coincident, one list of
 * workers for Stop), and the rest would only be downloaded twice.
 */
export type EditorHost = {
  context: RuntimeContext;
  spawnWorker: typeof spawnWorker;
  registerWorker: typeof registerWorker;
  parseConfig: typeof parseConfig;
  serviceWorkerFor: typeof serviceWorkerFor;
  showError: typeof showError;
  errorBlock: typeof errorBlock;
  errorText: typeof errorText;
  /** A WorkerFailure: the worker's own error, already shown on the page. */
  isShownFailure(error: unknown): boolean;
  runCell: typeof RUN_CELL;
};

export type EditorChunk = { mountEditorCell(script: HTMLScriptElement, host: EditorHost): void };
