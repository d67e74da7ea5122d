import type { RuntimeContext } from "./context";

/**
 * A failure the person must see: a `py-error` block on the page (after the script's output, or at the end
 * of the body), `console.error` for devtools, and an `error` message on the editor's console channel.
 */
export function showError(anchor: Element | null, traceback: string, context: RuntimeContext): void {
  const block = document.createElement("pre");
  block.className = "py-error";
  block.textContent = traceback;
  if (anchor?.parentNode) anchor.after(block);
  else document.body.append(block);
  console.error(traceback);
  const lines = traceback.trim().split("\n");
  context.channel.post({ type: "error", message: lines[lines.length - 1] ?? traceback, traceback });
}

/** Our own failures (network, config) have no Python traceback; show their message the same way. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
