/**
 * Monaco's font, set explicitly (its default differs by OS) so that the code shown before Monaco loads
 * (StaticCode) lines up with it exactly: Monaco then replaces it without the text moving.
 */
export const editorFont = {
  fontFamily: `ui-monospace, Menlo, Consolas, "Droid Sans Mono", "DejaVu Sans Mono", monospace`,
  fontSize: 14,
  lineHeight: 20,
} as const;
