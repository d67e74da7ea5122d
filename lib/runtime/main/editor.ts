import type { EditorChunk, EditorHost } from "../lazy/editor/host";
import { RUN_CELL } from "../../protocol/worker";
import { parseConfig } from "./config";
import type { RuntimeContext } from "./context";
import { errorText, showError } from "./errors";
import { serviceWorkerFor } from "./workers/fallback";
import { registerWorker } from "./workers/registry";
import { spawnWorker, WorkerFailure } from "./workers/spawn";

/** PyScript's editor cells: `py-editor` (Pyodide) and `mpy-editor` (MicroPython). */
export const editorSelector = 'script[type="py-editor"], script[type="mpy-editor"]';

let chunk: Promise<EditorChunk> | null = null;

/** Editor cells live in their own chunk (lazy/editor.ts), loaded by the first cell on the page. */
export function mountEditorCell(script: HTMLScriptElement, context: RuntimeContext): void {
  chunk ??= import(/* @vite-ignore */ new URL("editor.js", context.assetBase).href) as Promise<EditorChunk>;
  const host: EditorHost = {
    context,
    spawnWorker,
    registerWorker,
    parseConfig,
    serviceWorkerFor,
    showError,
    errorText,
    isShownFailure: (error) => error instanceof WorkerFailure,
    runCell: RUN_CELL,
  };
  chunk.then(
    (editor) => editor.mountEditorCell(script, host),
    (error: unknown) => showError(script, `The code editor could not load: ${errorText(error)}`, context),
  );
}
