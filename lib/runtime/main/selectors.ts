import type { EngineType } from "../interpreters/engine";

/**
 * Every element PyScript treats as code, per engine: `<script>` of these types (`pyodide` and `micropython`
 * are aliases) and these custom elements. The preview server reads the same lists in a page's HTML.
 */
export const codeElements: Record<EngineType, { scriptTypes: readonly string[]; tags: readonly string[] }> = {
  pyodide: { scriptTypes: ["py", "pyodide"], tags: ["py-script"] },
  micropython: { scriptTypes: ["mpy", "micropython"], tags: ["mpy-script"] },
};

const selectorOf = ({ scriptTypes, tags }: (typeof codeElements)[EngineType]): string =>
  [...scriptTypes.map((type) => `script[type="${type}"]`), ...tags].join(", ");

export const scriptSelectors: Record<EngineType, string> = {
  pyodide: selectorOf(codeElements.pyodide),
  micropython: selectorOf(codeElements.micropython),
};

export const configSelectors: Record<EngineType, string> = { pyodide: "py-config", micropython: "mpy-config" };

/** PyScript's PyGame-CE scripts: Pyodide with pygame-ce, drawing on a canvas (main/game.ts). */
export const gameSelector = 'script[type="py-game"]';

export const anyScriptSelector = `${scriptSelectors.pyodide}, ${scriptSelectors.micropython}`;

export function engineOfScript(element: Element): EngineType {
  return element.matches(scriptSelectors.micropython) ? "micropython" : "pyodide";
}
