import type { RuntimeContext } from "./context";
import { mainScriptsRunning } from "./scripts";
import { stopWorkers } from "./workers";

/**
 * The editor's commands on the console channel. `run` reloads the page (the editor saved first). `clear`
 * empties what the runtime itself wrote on the page for the console's sake (py-error blocks, terminals), not
 * the page's own content, and answers `cleared`. `stop` is `stopPreview` below.
 */
export function handleEditorCommands(context: RuntimeContext): void {
  context.channel.onCommand((command) => {
    switch (command.type) {
      case "run":
        location.reload();
        break;
      case "clear":
        clearRuntimeOutput();
        context.channel.post({ type: "cleared" });
        break;
      case "stop":
        void stopPreview(context);
        break;
    }
  });
}

function clearRuntimeOutput(): void {
  for (const block of document.querySelectorAll(".py-error")) block.remove();
  for (const terminal of document.querySelectorAll(".py-terminal")) terminal.replaceChildren();
}

/**
 * Stops what runs, innermost first: busy workers are interrupted or terminated (one `stopped` each). Only
 * when no worker was busy and a main-thread script is still running (awaiting: the page answered, so it is
 * not stuck) does the page reload itself, saying `reloading` first: a coroutine on the main thread cannot be
 * cancelled from outside. A page whose main thread is stuck in a loop never receives the command at all:
 * the editor reloads the frame when no `stopped` arrives (docs/workers.md).
 */
async function stopPreview(context: RuntimeContext): Promise<void> {
  const outcomes = await stopWorkers();
  for (const outcome of outcomes) context.channel.post({ type: "stopped", ...outcome });
  if (outcomes.length > 0) return;
  if (mainScriptsRunning()) {
    context.channel.post({ type: "stopped", how: "reloading", detail: "A script on the page was still running: the page reloads." });
    location.reload();
    return;
  }
  context.channel.post({ type: "stopped", how: "idle", detail: "Nothing was running." });
}
