// The diff editor, a chunk of its own: only the Versions dialog shows one, so the dialog loads it (the entry's
// loadDiffEditor) when it first shows a diff, not before typing. It gives standaloneCodeEditor.js the widget
// that Monaco's standalone diff editor extends (lazyClasses in scripts/build-editor.mjs), and brings the diff
// editor's actions and their keys.
import { DiffEditorWidget } from "monaco-editor/editor/browser/widget/diffEditor/diffEditorWidget.js";
import "monaco-editor/editor/browser/widget/diffEditor/diffEditor.contribution.js";
import { defineStandaloneDiffEditor2 } from "monaco-editor/editor/standalone/browser/standaloneCodeEditor.js";
import { refreshKeybindings } from "./keybindings.js";

defineStandaloneDiffEditor2(DiffEditorWidget);
refreshKeybindings();
