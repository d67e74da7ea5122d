/**
 * `xterm.js` beside core.js: loaded only by pages with a `terminal` script, so no other page pays for xterm
 * (bench/lazy-chunks.ts measures that).
 */
import { FitAddon } from "@xterm/addon-fit";
import { Terminal } from "@xterm/xterm";
import css from "@xterm/xterm/css/xterm.css";
import type { TerminalSurface } from "./terminal-surface";

let styled = false;

export function mountXterm(host: HTMLElement): TerminalSurface {
  if (!styled) {
    styled = true;
    document.head.append(Object.assign(document.createElement("style"), { textContent: css }));
  }
  const terminal = new Terminal({
    // Python prints "\n"; a terminal needs "\r\n" to return to the first column.
    convertEol: true,
    fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace",
    fontSize: 13,
    rows: 16,
    theme: { background: "#111827", foreground: "#e5e7eb" },
  });
  const fit = new FitAddon();
  terminal.loadAddon(fit);
  terminal.open(host);
  // The width follows the page until code sizes the terminal itself (`__terminal__.resize()`), as under PyScript.
  let fitting = false;
  let sizedByCode = false;
  terminal.onResize(() => (sizedByCode ||= !fitting));
  const fitWidth = (): void => {
    const size = fit.proposeDimensions();
    if (sizedByCode || !size || size.cols <= 0) return;
    fitting = true;
    terminal.resize(size.cols, terminal.rows);
    fitting = false;
  };
  fitWidth();
  new ResizeObserver(fitWidth).observe(host);
  return {
    terminal,
    write: (text) => terminal.write(text),
    onData: (handler) => void terminal.onData(handler),
    focus: () => terminal.focus(),
    clear: () => terminal.clear(),
    reset: () => terminal.reset(),
  };
}
