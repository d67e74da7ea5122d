import type * as Monaco from "monaco-editor";
import type { FileSet } from "../workbench/files";
import { languageOf } from "../workbench/tree";

/**
 * One Monaco model per text file, kept in step with the workbench's files: each file keeps its own undo
 * history and cursor, and a change that did not come from typing (reload, rename) reaches the editor.
 */
export function createModelSync(monaco: typeof Monaco, onEdit: (path: string, content: string) => void) {
  const models = new Map<string, Monaco.editor.ITextModel>();
  const listeners = new Map<string, Monaco.IDisposable>();

  const drop = (path: string) => {
    listeners.get(path)?.dispose();
    models.get(path)?.dispose();
    listeners.delete(path);
    models.delete(path);
  };

  return {
    sync(files: FileSet): void {
      for (const path of [...models.keys()]) if (files.get(path)?.encoding !== "utf8") drop(path);
      for (const file of files.values()) {
        if (file.encoding !== "utf8") continue;
        const model = models.get(file.path);
        if (!model) {
          const created = monaco.editor.createModel(file.content, languageOf(file.path), monaco.Uri.file(file.path));
          models.set(file.path, created);
          listeners.set(file.path, created.onDidChangeContent(() => onEdit(file.path, created.getValue())));
        } else if (model.getValue() !== file.content) {
          // pushEditOperations (not setValue) keeps the change undoable.
          model.pushEditOperations([], [{ range: model.getFullModelRange(), text: file.content }], () => null);
        }
      }
    },
    get: (path: string | null) => (path === null ? undefined : models.get(path)),
    dispose(): void {
      for (const path of [...models.keys()]) drop(path);
    },
  };
}
export type ModelSync = ReturnType<typeof createModelSync>;
