// The editor's quick input service (standaloneServices.js registers it in place of Monaco's, see
// replacedImports in scripts/build-editor.mjs). The quick input is large and opens only when asked for (F1,
// Ctrl+G, or a command that asks for a choice), so its chunk, quick-input.js, loads then: the ways in wait
// for it. Once it has loaded, this is Monaco's service as it is.
import { StandaloneQuickInputService as MonacoQuickInputService } from "monaco-editor/editor/standalone/browser/quickInput/standaloneQuickInputService.js";

let loaded = false;
let loading = null;
/** The quick input's chunk, once: at its first use, or earlier when the editor page is idle (the entry exports this). */
export const loadQuickInput = () => (loading ??= import("./quick-input.js").then(() => void (loaded = true)));

/**
 * The ways in that do not return an open quick input at once (a palette shown, a choice or text promised)
 * wait for the chunk. The others (creating a quick pick, the current one, toggling it) are only reached from
 * an open quick input, so after it loaded; before, they throw (its class is not defined yet).
 */
class StandaloneQuickInputService extends MonacoQuickInputService {
  get quickAccess() {
    if (loaded) return super.quickAccess;
    return {
      show: (...args) => void loadQuickInput().then(() => super.quickAccess.show(...args)),
      pick: (...args) => loadQuickInput().then(() => super.quickAccess.pick(...args)),
    };
  }

  pick(...args) {
    return loadQuickInput().then(() => super.pick(...args));
  }

  input(...args) {
    return loadQuickInput().then(() => super.input(...args));
  }
}

export { StandaloneQuickInputService };
