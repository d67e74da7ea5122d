/**
 * `editor.js` beside core.js: the `py-editor`/`mpy-editor` cells with CodeMirror, loaded only by pages that
 * have one, so no other page pays for them (bench/lazy-chunks.ts measures that).
 */
export { mountEditorCell } from "./editor/cell";
