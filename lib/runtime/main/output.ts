let counter = 0;

/**
 * Where `display()` writes for a script: its `target` attribute (an id or a selector), else an element we
 * place right after the script (or at the end of the body for scripts in <head>), as PyScript does.
 * The element always has an id: Python's `current_target()` returns it.
 */
export function outputTarget(script: Element): HTMLElement {
  const wanted = script.getAttribute("target");
  const found = wanted ? (document.getElementById(wanted.replace(/^#/, "")) ?? querySelector(wanted)) : null;
  if (found) return ensureId(found);
  // PyScript's own element name, so pages that style `script-py` keep working.
  const element = document.createElement("script-py");
  element.className = "py-output";
  // Anything placed inside <head> is never rendered.
  if (script.closest("head")) document.body.append(element);
  else script.after(element);
  return ensureId(element);
}

function ensureId(element: HTMLElement): HTMLElement {
  if (!element.id) element.id = `py-${++counter}`;
  return element;
}

function querySelector(selector: string): HTMLElement | null {
  try {
    return document.querySelector<HTMLElement>(selector);
  } catch {
    return null; // not a valid selector: an id that does not exist
  }
}
