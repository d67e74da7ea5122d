/** A CodeMirror 6 editor for one cell: Python highlighting, Shift+Enter runs the cell. */
import { python } from "@codemirror/lang-python";
import { basicSetup, EditorView } from "codemirror";
import type { CodeEditorSurface } from "./code-editor-surface";

export function mountCodeEditor(host: HTMLElement, options: { code: string; label: string; onRun(): void }): CodeEditorSurface {
  const view = new EditorView({
    doc: options.code,
    parent: host,
    extensions: [basicSetup, python(), EditorView.contentAttributes.of({ "aria-label": options.label })],
  });
  // Caught before CodeMirror's own Shift+Enter (a new line): in a cell it runs the code, as in PyScript.
  host.addEventListener(
    "keydown",
    (event) => {
      if (event.key !== "Enter" || !event.shiftKey) return;
      event.preventDefault();
      event.stopPropagation();
      options.onRun();
    },
    true,
  );
  return {
    code: () => view.state.doc.toString(),
    setCode: (code) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } }),
    focus: () => view.focus(),
  };
}
