import type { EditorChunk, EditorHost } from "../lazy/editor/host";
import { RUN_CELL } from "../../protocol/worker";
import type { EngineType } from "../interpreters/engine";
import { parseConfig } from "./config";
import { pluginEnabled } from "./plugins";
import type { RuntimeContext } from "./context";
import { errorBlock, errorText, showError } from "./errors";
import { serviceWorkerFor } from "./workers/fallback";
import { registerWorker } from "./workers/registry";
import { spawnWorker, WorkerFailure } from "./workers/spawn";

/** PyScript's editor cells: `py-editor` (Pyodide) and `mpy-editor` (MicroPython). */
export const editorSelector = 'script[type="py-editor"], script[type="mpy-editor"]';

let chunk: Promise<EditorChunk> | null = null;
// Cells mount one after another, in document order, which numbers them (lazy/editor/cell.ts).
let mounting: Promise<unknown> = Promise.resolve();

/**
 * Editor cells live in their own chunk (lazy/editor.ts), loaded by the first cell on the page. PyScript's
 * `py-editor` plugin makes them, so `plugins = ["!py-editor"]` in the page's config of the cell's type leaves
 * the script alone and the chunk unloaded. A config that cannot be read still gets its cells: the first Run
 * shows the config's error under the cell.
 */
export function mountEditorCell(script: HTMLScriptElement, context: RuntimeContext): void {
  const type: EngineType = script.type === "mpy-editor" ? "micropython" : "pyodide";
  mounting = mounting
    .then(() => context.config(type))
    .then(
      (config) => {
        if (pluginEnabled(config, "py-editor")) mount(script, context);
      },
      () => mount(script, context),
    );
}

function mount(script: HTMLScriptElement, context: RuntimeContext): void {
  chunk ??= import(/* @vite-ignore */ new URL("editor.js", context.assetBase).href) as Promise<EditorChunk>;
  const host: EditorHost = {
    context,
    spawnWorker,
    registerWorker,
    parseConfig,
    serviceWorkerFor,
    showError,
    errorBlock,
    errorText,
    isShownFailure: (error) => error instanceof WorkerFailure,
    runCell: RUN_CELL,
  };
  chunk.then(
    (editor) => editor.mountEditorCell(script, host),
    (error: unknown) => showError(script, `The code editor could not load: ${errorText(error)}`, context),
  );
}
