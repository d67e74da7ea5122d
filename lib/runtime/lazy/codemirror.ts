/**
 * `codemirror.js` beside core.js: loaded only by pages with a `py-editor`/`mpy-editor` cell, so no other
 * page pays for CodeMirror (bench/lazy-chunks.ts measures that).
 */
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
