// The quick input (the command palette, go to line, and the pickers some commands open), a chunk of its own
// that quick-input-on-demand.js loads the first time something opens it. It gives standaloneQuickInputService.js
// the service that an editor's quick input extends (lazyClasses in scripts/build-editor.mjs), and its keys
// (moving through and accepting the list).
import { IListService, ListService } from "monaco-editor/platform/list/browser/listService.js";
import { ServiceCollection } from "monaco-editor/platform/instantiation/common/serviceCollection.js";
import { QuickInputService } from "monaco-editor/platform/quickinput/browser/quickInputService.js";
import { defineEditorScopedQuickInputService } from "monaco-editor/editor/standalone/browser/quickInput/standaloneQuickInputService.js";
import { refreshKeybindings } from "./keybindings.js";

/**
 * The quick input's lists ask for the list service, which the editor's services leave out (replacedImports in
 * scripts/build-editor.mjs: nothing else uses it): the quick input gets its own.
 */
class QuickInputServiceWithLists extends QuickInputService {
  constructor(instantiationService, ...services) {
    super(instantiationService.createChild(new ServiceCollection([IListService, new ListService()])), ...services);
  }
}

defineEditorScopedQuickInputService(QuickInputServiceWithLists);
refreshKeybindings();
