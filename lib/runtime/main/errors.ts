import type { PyConfig } from "./config";
import type { RuntimeContext } from "./context";
import { pluginEnabled } from "./plugins";

/**
 * A failure the person must see: a `py-error` block on the page (after the script's output, or at the end
 * of the body), `console.error` for devtools, and an `error` message on the editor's console channel.
 * `onPage` false (config `plugins = ["!error"]`, see errorsOnPage) leaves out the block only.
 */
export function showError(anchor: Element | null, traceback: string, context: RuntimeContext, onPage = true): void {
  if (onPage) showErrorBlock(anchor, traceback);
  console.error(traceback);
  const lines = traceback.trim().split("\n");
  context.channel.post({ type: "error", message: lines[lines.length - 1] ?? traceback, traceback });
}

/** The `py-error` block alone: after `anchor`, or at the end of the body. */
export function showErrorBlock(anchor: Element | null, text: string): void {
  const block = errorBlock(text);
  if (anchor?.parentNode) anchor.after(block);
  else document.body.append(block);
}

/** A `py-error` block showing `text`, not yet on the page: a `div`, as PyScript's (core.css keeps its lines). */
export function errorBlock(text: string): HTMLElement {
  const block = document.createElement("div");
  block.className = "py-error";
  block.textContent = text;
  return block;
}

/** Our own failures (network, config) have no Python traceback; show their message the same way. */
export function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * PyScript's `error` plugin puts Python errors on the page; `plugins = ["!error"]` in the config of the
 * interpreter that raised (a worker's own or inherited one) turns it off. A config that cannot be read has
 * no plugins to honour: its own error is always shown.
 */
export function errorsOnPage(config: Pick<PyConfig, "plugins">): boolean {
  return pluginEnabled(config, "error");
}
