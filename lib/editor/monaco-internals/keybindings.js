// Part of the Monaco bundle (scripts/build-editor.mjs), like the other files here: plain JS, since it reaches
// into Monaco's internal modules, which have no types.
import { StandaloneServices } from "monaco-editor/editor/standalone/browser/standaloneServices.js";
import { IKeybindingService } from "monaco-editor/platform/keybinding/common/keybinding.js";

/**
 * Makes the keys that a lazy chunk registers work: the keybinding service caches the keys registered when it
 * first looked them up, which was before the chunk loaded.
 */
export function refreshKeybindings() {
  StandaloneServices.get(IKeybindingService).updateResolver();
}
