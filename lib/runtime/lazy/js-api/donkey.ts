/**
 * `donkey.js` beside core.js: PyScript's donkey, a worker that runs Python on demand with a terminal for
 * its output. Loaded by core.js's `donkey()` only, so pages without one never download it.
 */
import type { PageTerminal } from "../../main/terminal";
import type { WorkerHandle } from "../../main/workers/spawn";
import donkeySource from "./donkey.py";
import type { Donkey, DonkeyOptions, JsApiHost } from "./host";
import { configOf, engineTypeOf, pythonError } from "./options";
import tracebackSource from "./traceback.py";

type Answer = { ok: true; value: unknown } | { ok: false; error: string };

const RUN = "_pysandbox_donkey";

export async function donkey(options: DonkeyOptions, host: JsApiHost): Promise<Donkey> {
  const type = engineTypeOf(options.type, "donkey()");
  const persistent = options.persistent === true;
  const config = await configOf(options.config, type, host);
  const terminal = host.terminalIn(terminalElement(options.terminal), host.context.assetBase);
  const handle = host.spawnWorker({
    type,
    code: `${tracebackSource}\n${donkeySource}`,
    filename: "donkey",
    target: "",
    config,
    serviceWorker: null,
    errorAnchor: null,
    context: host.context,
    printed: (line) => terminal.writeLine(line),
  });
  host.registerWorker(handle, null);
  await handle.ready;
  return donkeyApi(handle, terminal, persistent);
}

/**
 * A new element for the terminal: inside the element `terminal` names (which keeps its own classes and
 * content, and hides the terminal when hidden), or at the end of the body (PyScript's default terminal).
 */
function terminalElement(selector: string | undefined): HTMLElement {
  const parent = selector ? document.querySelector<HTMLElement>(selector) : document.body;
  if (!parent) throw new Error(`donkey(): no element matches the terminal selector ${JSON.stringify(selector)}`);
  const element = document.createElement("div");
  parent.append(element);
  return element;
}

function donkeyApi(handle: WorkerHandle, terminal: PageTerminal, persistent: boolean): Donkey {
  let killed = false;
  // One thing at a time, in the order asked: a donkey is one interpreter, and the terminal shows one story.
  let queue: Promise<unknown> = Promise.resolve();
  const run = (mode: "process" | "execute" | "evaluate", code: string): Promise<unknown> => {
    const result = queue.then(async () => {
      if (killed) throw new Error(`This donkey was killed: ${mode}() needs a new one (await donkey(…))`);
      if (mode === "process") terminal.write(echo(code));
      const answer = (await handle.call(handle.proxy[RUN]!, [mode, String(code), persistent])) as Answer;
      if (!answer.ok) throw pythonError({ traceback: answer.error });
      return answer.value;
    });
    queue = result.catch(() => undefined);
    return result;
  };
  return {
    process: async (code) => void (await run("process", code)),
    execute: async (statement) => void (await run("execute", statement)),
    evaluate: (expression) => run("evaluate", expression),
    clear: async () => terminal.clear(),
    reset: async () => terminal.reset(),
    async kill() {
      killed = true;
      handle.terminate();
    },
  };
}

/** The code as a REPL shows typed input: `>>> ` before the first line, `... ` before the others. */
function echo(code: string): string {
  const lines = code.replace(/\n+$/, "").split("\n");
  return `${lines.map((line, index) => `${index === 0 ? ">>> " : "... "}${line}`).join("\n")}\n`;
}
