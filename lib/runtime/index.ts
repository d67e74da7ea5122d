/**
 * core.js: the entry the preview serves in place of PyScript's core.js. ES modules evaluate after the
 * document is parsed, so every script in the HTML is already in the DOM when this runs.
 */
import { createRuntimeContext } from "./main/context";
import { startScanner } from "./main/scripts";

export { hooks } from "./main/hooks";

const context = createRuntimeContext(import.meta.url);
context.channel.onCommand((command) => {
  // Stop is for workers (issue 4); the main thread cannot be interrupted, a re-run reloads the page.
  if (command.type === "run") location.reload();
});
startScanner(context);
