/** What an editor cell needs of its code editor. */
export type CodeEditorSurface = {
  code(): string;
  setCode(code: string): void;
  focus(): void;
};
