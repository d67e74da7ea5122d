import type { EngineType } from "../interpreters/engine";

/** Every element PyScript treats as code, per engine; `<script type="pyodide|micropython">` are aliases. The preview server reads them too. */
export const scriptSelectors: Record<EngineType, string> = {
  pyodide: 'script[type="py"], script[type="pyodide"], py-script',
  micropython: 'script[type="mpy"], script[type="micropython"], mpy-script',
};

export const configSelectors: Record<EngineType, string> = { pyodide: "py-config", micropython: "mpy-config" };

/** PyScript's PyGame-CE scripts: Pyodide with pygame-ce, drawing on a canvas (main/game.ts). */
export const gameSelector = 'script[type="py-game"]';

export const anyScriptSelector = `${scriptSelectors.pyodide}, ${scriptSelectors.micropython}`;

export function engineOfScript(element: Element): EngineType {
  return element.matches(scriptSelectors.micropython) ? "micropython" : "pyodide";
}
