import type { Engine } from "../interpreters/engine";

/** PyScript's words for `input()` on the main thread, where waiting for a line would block the page. */
const refusal = [
  "input() doesn't work when PyScript runs in the main thread.",
  "Consider using the worker attribute: https://pyscript.github.io/docs/2023.11.2/user-guide/workers/",
].join("\n           ");

/**
 * `input()` on the main thread, as under PyScript: it raises, except in a MicroPython terminal script, where
 * PyScript makes it the browser's `prompt()` (a dialog, not the terminal).
 */
export function setMainThreadInput(engine: Engine, inTerminal: boolean): void {
  if (inTerminal && engine.type === "micropython") {
    engine.run("import builtins, js\nbuiltins.input = js.prompt\ndel builtins, js");
    return;
  }
  engine.run(`import builtins
def input(prompt=""):
    raise Exception(${JSON.stringify(refusal)})
builtins.input = input
del builtins, input`);
}
