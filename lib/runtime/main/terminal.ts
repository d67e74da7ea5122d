import type { EngineType } from "../engines/engine";
import { scriptSelectors } from "./selectors";

/**
 * PyScript's `terminal` attribute, reduced to what a page shows: the interpreter's printed output, on the
 * page, after the first main-thread script of that type asking for it (PyScript allows one per thread).
 * A plain `<pre>`, not xterm.js: no input, no colours.
 */
export function terminalFor(type: EngineType): ((text: string) => void) | null {
  const script = [...document.querySelectorAll(scriptSelectors[type])].find(
    (s) => s.hasAttribute("terminal") && !s.hasAttribute("worker"),
  );
  if (!script) return null;
  const terminal = document.createElement("pre");
  terminal.className = "py-terminal";
  if (script.closest("head")) document.body.append(terminal);
  else script.after(terminal);
  return (text) => void terminal.append(`${text}\n`);
}
