import type { HookWrap } from "../interpreters/run-with-hooks";

/**
 * A script's `ready`/`done` event detail: PyScript's `worker` (whether the script runs in a worker), and ours
 * besides: the script element, and on the main thread the interpreter's `wrap`.
 */
export type ScriptEventDetail = { worker: boolean; script: Element; wrap?: HookWrap };

/**
 * PyScript names its events after the script type (`mpy:done` for MicroPython); we fire the `py:` names
 * for every script too, so pages and tests can wait on one name (docs/compatibility.md).
 */
export function dispatchScriptEvent(element: Element, name: "ready" | "done", micropython: boolean, where: { worker: true } | { wrap?: HookWrap }): void {
  const names = micropython ? [`mpy:${name}`, `py:${name}`] : [`py:${name}`];
  const detail: ScriptEventDetail = "worker" in where ? { worker: true, script: element } : { worker: false, script: element, ...where };
  for (const type of names) element.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
}
