/**
 * core.js: the entry the preview serves in place of PyScript's core.js. ES modules evaluate after the
 * document is parsed, so every script in the HTML is already in the DOM when this runs.
 */
import { handleEditorCommands } from "./main/commands";
import { createRuntimeContext } from "./main/context";
import { jsApiFunctions } from "./main/js-api";
import { startScanner } from "./main/scripts";
import { jsWorkerConstructors } from "./main/workers/js-api";

export { hooks } from "./main/hooks";

const context = createRuntimeContext(import.meta.url);
handleEditorCommands(context);
startScanner(context);

/** PyScript's JavaScript APIs (docs/compatibility.md, "From JavaScript"). */
export const { PyWorker, MPWorker } = jsWorkerConstructors(context);
export const { donkey, bridge } = jsApiFunctions(context);
