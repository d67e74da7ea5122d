/** What an editor cell (main/editor/cell.ts) needs from the CodeMirror chunk (lazy/codemirror.ts), loaded by URL. */
export type CodeEditorSurface = {
  code(): string;
  setCode(code: string): void;
  focus(): void;
};

export type CodeMirrorChunk = {
  mountCodeEditor(host: HTMLElement, options: { code: string; label: string; onRun(): void }): CodeEditorSurface;
};
