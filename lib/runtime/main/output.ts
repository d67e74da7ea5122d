let counter = 0;

/**
 * Where `display()` writes for a script: its `target` attribute (an id or a selector), else an element we
 * place right after the script, as PyScript does. Returns the element's id (created if it has none).
 */
export function outputTarget(script: Element): HTMLElement {
  const wanted = script.getAttribute("target");
  const found = wanted ? (document.getElementById(wanted) ?? document.querySelector<HTMLElement>(wanted)) : null;
  if (found) return ensureId(found);
  const element = document.createElement("div");
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
