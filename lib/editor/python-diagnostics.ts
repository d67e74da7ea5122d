import type * as Monaco from "monaco-editor";
import type { RuffDiagnostic } from "../protocol/ruff";
import { createRuffClient } from "./ruff-client";

const checkDelayMs = 250;

/**
 * Ruff in a worker for every Python model: syntax errors and lint as markers while typing, and the
 * document formatter behind Format Document (Shift+Alt+F).
 */
export function attachPythonDiagnostics(monaco: typeof Monaco): Monaco.IDisposable {
  const ruff = createRuffClient();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const check = (model: Monaco.editor.ITextModel) => {
    const key = model.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(async () => {
      timers.delete(key);
      if (model.isDisposed()) return;
      const version = model.getVersionId();
      const diagnostics = await ruff.check(model.getValue()).catch(() => null);
      if (!diagnostics || model.isDisposed() || model.getVersionId() !== version) return;
      monaco.editor.setModelMarkers(model, "ruff", diagnostics.map((d) => toMarker(monaco, d)));
    }, checkDelayMs));
  };

  const watch = (model: Monaco.editor.ITextModel): Monaco.IDisposable | undefined => {
    if (model.getLanguageId() !== "python") return undefined;
    check(model);
    return model.onDidChangeContent(() => check(model));
  };

  const watching = monaco.editor.getModels().map(watch);
  const created = monaco.editor.onDidCreateModel((model) => watching.push(watch(model)));
  const formatter = monaco.languages.registerDocumentFormattingEditProvider("python", {
    async provideDocumentFormattingEdits(model) {
      const formatted = await ruff.format(model.getValue());
      return [{ range: model.getFullModelRange(), text: formatted }];
    },
  });

  return {
    dispose() {
      for (const timer of timers.values()) clearTimeout(timer);
      for (const watched of watching) watched?.dispose();
      created.dispose();
      formatter.dispose();
      ruff.dispose();
    },
  };
}

function toMarker(monaco: typeof Monaco, d: RuffDiagnostic): Monaco.editor.IMarkerData {
  const syntax = d.code === null;
  return {
    severity: syntax || d.code?.startsWith("E9") ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
    message: d.message,
    code: d.code ?? undefined,
    source: "Ruff",
    startLineNumber: d.start.row,
    startColumn: d.start.column,
    endLineNumber: d.end.row,
    endColumn: Math.max(d.end.column, d.end.row === d.start.row ? d.start.column + 1 : d.end.column),
  };
}
