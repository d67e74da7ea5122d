import type { EngineType } from "../interpreters/engine";

/** PyScript's id prefixes: `py-0`, `py-1`… for Pyodide, `mpy-0`… for MicroPython, each counted on its own. */
const prefixes: Record<EngineType, string> = { pyodide: "py", micropython: "mpy" };
const counters: Record<EngineType, number> = { pyodide: 0, micropython: 0 };
/** Worker scripts share one counter across both engines: `py-w0`, `mpy-w1`… */
let workerCounter = 0;

/**
 * Where `display()` writes for a main-thread script, and so what `current_target()` returns, as PyScript
 * numbers them: the `target` attribute's element (an id or a selector); a `<py-script>`/`<mpy-script>`
 * element itself (its code has been read; it now shows output); else a `<script-py>` placed right after
 * the script (at the end of the body for scripts in <head>). An element without an id gets `py-N`/`mpy-N`.
 */
export function outputTarget(script: HTMLElement, type: EngineType): HTMLElement {
  const found = targetAttribute(script);
  if (found) return ensureId(found, type);
  if (script.localName === "py-script" || script.localName === "mpy-script") {
    script.replaceChildren();
    script.style.display = "block";
    return ensureId(script, type);
  }
  return outputAfter(script, type);
}

/** A `<script-py>` output element right after the script, whatever its `target` says. */
export function outputAfter(script: HTMLElement, type: EngineType): HTMLElement {
  return ensureId(outputElementAfter(script), type);
}

/**
 * A worker script's default `display()` target: the script gets the id `py-wN` (or keeps its own) and its
 * output element is `<id>-target`, as under PyScript. A `target` attribute is honoured too (PyScript ignores it).
 */
export function workerOutputTarget(script: HTMLElement, type: EngineType): HTMLElement {
  const found = targetAttribute(script);
  if (found) return ensureId(found, type);
  if (!script.id) script.id = `${prefixes[type]}-w${workerCounter++}`;
  const element = outputElementAfter(script);
  element.id = `${script.id}-target`;
  return element;
}

function targetAttribute(script: Element): HTMLElement | null {
  const wanted = script.getAttribute("target");
  return wanted ? (document.getElementById(wanted.replace(/^#/, "")) ?? querySelector(wanted)) : null;
}

function outputElementAfter(script: Element): HTMLElement {
  // PyScript's own element name, so pages that style `script-py` keep working.
  const element = document.createElement("script-py");
  element.className = "py-output";
  // Anything placed inside <head> is never rendered.
  if (script.closest("head")) document.body.append(element);
  else script.after(element);
  return element;
}

function ensureId(element: HTMLElement, type: EngineType): HTMLElement {
  if (!element.id) element.id = `${prefixes[type]}-${counters[type]++}`;
  return element;
}

function querySelector(selector: string): HTMLElement | null {
  try {
    return document.querySelector<HTMLElement>(selector);
  } catch {
    return null; // not a valid selector: an id that does not exist
  }
}
