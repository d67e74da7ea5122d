import type { EngineType } from "../interpreters/engine";
import type { TerminalSurface, XtermChunk } from "../lazy/terminal-surface";
import { createLineEditor } from "./line-editor";
import { scriptSelectors } from "./selectors";
import { promptOnPage } from "./workers/input-prompt";

/** One `terminal` script's terminal on the page, usable at once: what is written before xterm loads is kept. */
export type PageTerminal = {
  /** A line the interpreter printed (stdout is line-buffered; the newline was stripped). */
  writeLine(text: string): void;
  /** Text exactly as it comes (the MicroPython REPL's output). */
  write(text: string): void;
  /** `input()`: shows the prompt, lets the person edit a line, resolves with it on Enter. */
  readLine(prompt: string): Promise<string>;
  /** From now on every key goes to `handler` unedited (the MicroPython REPL echoes and edits itself). */
  sendKeysTo(handler: (keys: string) => void): void;
  /** Empties the screen (the donkey's `clear()`). */
  clear(): void;
  /** Empties the screen and forgets colours and modes (the donkey's `reset()`). */
  reset(): void;
  /** Once xterm has loaded: its Terminal object (`__terminal__`), or null when it could not load. */
  xterm(): Promise<object | null>;
};

/**
 * PyScript's `terminal` attribute: an xterm.js terminal after the script (at the end of the body for
 * scripts in <head>). xterm is its own chunk, imported only here. If it cannot load, the terminal is a
 * plain `<pre>` that shows the output, and `input()` falls back to the small form on the page.
 */
export function createTerminal(script: Element, assetBase: string): PageTerminal {
  const host = document.createElement("div");
  if (script.closest("head")) document.body.append(host);
  else script.after(host);
  return terminalIn(host, assetBase);
}

/** A terminal drawn in `host`, an element already on the page (a script's, or the donkey's). */
export function terminalIn(host: HTMLElement, assetBase: string): PageTerminal {
  host.classList.add("py-terminal");
  host.setAttribute("role", "region");
  host.setAttribute("aria-label", "Python terminal");
  host.dataset.state = "loading";
  let surface: TerminalSurface | null = null;
  let fallback: HTMLPreElement | null = null;
  let queued = "";
  let keyHandler: ((keys: string) => void) | null = null;
  let reading: ((keys: string) => void) | null = null;

  const write = (text: string): void => {
    if (surface) surface.write(text);
    else if (fallback) fallback.append(text);
    else queued += text;
  };
  const loaded = import(/* @vite-ignore */ new URL("xterm.js", assetBase).href)
    .then((chunk: XtermChunk) => {
      surface = chunk.mountXterm(host);
      surface.onData((keys) => (keyHandler ?? reading)?.(keys));
    })
    .catch((error: unknown) => {
      console.warn("xterm could not load, the terminal shows plain text:", error);
      fallback = document.createElement("pre");
      host.append(fallback);
    })
    .finally(() => {
      write(queued);
      queued = "";
      host.dataset.state = "ready";
    });

  return {
    writeLine: (text) => write(`${text}\n`),
    write,
    async readLine(prompt) {
      await loaded;
      if (!surface) return promptOnPage(prompt, host);
      write(prompt);
      surface.focus();
      return new Promise((resolve) => {
        reading = createLineEditor(write, (line) => {
          reading = null;
          resolve(line);
        });
      });
    },
    clear() {
      queued = "";
      surface?.clear();
      fallback?.replaceChildren();
    },
    reset() {
      queued = "";
      surface?.reset();
      fallback?.replaceChildren();
    },
    xterm: () => loaded.then(() => surface?.terminal ?? null),
    sendKeysTo(handler) {
      keyHandler = handler;
      void loaded.then(() => surface?.focus());
    },
  };
}

/**
 * The main thread's terminal for one interpreter type: after the first main-thread script of that type that
 * asks for one (its interpreter is shared, so one terminal shows all it prints). Output only, but for
 * MicroPython's REPL after `code.interact()`: `input()` would block the page, as PyScript says; a worker's
 * terminal is interactive.
 */
export function mainThreadTerminal(type: EngineType, assetBase: string): PageTerminal | null {
  const script = [...document.querySelectorAll(scriptSelectors[type])].find(
    (s) => s.hasAttribute("terminal") && !s.hasAttribute("worker"),
  );
  return script ? createTerminal(script, assetBase) : null;
}
