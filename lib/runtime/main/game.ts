import { parseConfig, type PyConfig } from "./config";
import type { RuntimeContext } from "./context";
import { createInterpreter, sharedInterpreter } from "./interpreter";
import { outputAfter } from "./output";
import { pluginEnabled } from "./plugins";
import { runScript } from "./run-script";

/** The package PyScript loads for every `py-game` script. */
const pygamePackage = "pygame-ce";

/**
 * `<script type="py-game">`: Pyodide with pygame-ce, drawing on a canvas. The page's py-game scripts share one
 * Pyodide of their own (SDL's state is global to an interpreter), configured by the first one's `config`
 * attribute alone, as PyScript does; pygame-ce is added to its packages, from the server's package folder.
 * The canvas is the element the `target` attribute names, else `#canvas`, else a new `<canvas id="canvas">`
 * after the script. `display()` writes after the script, as for other scripts.
 */
export async function runGameScript(element: HTMLElement, context: RuntimeContext): Promise<void> {
  // PyScript's `py-game` plugin runs these: `plugins = ["!py-game"]` in the page's <py-config> turns it off.
  const pageConfig = await context.config("pyodide").catch(() => null);
  if (pageConfig && !pluginEnabled(pageConfig, "py-game")) return;
  return runScript(element, context, {
    async interpreter() {
      // Before loading anything: a wrong target fails at once.
      const canvas = gameCanvas(element);
      const interpreter = await sharedInterpreter("py-game", () => createInterpreter("pyodide", context, gameConfig(element)));
      interpreter.engine.useCanvas?.(canvas);
      return interpreter;
    },
    // `target` names the canvas here, not where `display()` writes.
    output: () => outputAfter(element, "pyodide"),
  });
}

async function gameConfig(element: Element): Promise<PyConfig> {
  const config = await parseConfig(element.getAttribute("config")?.trim() ?? "", document.baseURI);
  const packages = config.packages ?? [];
  return { ...config, packages: packages.includes(pygamePackage) ? packages : [pygamePackage, ...packages] };
}

function gameCanvas(element: Element): HTMLCanvasElement {
  const wanted = element.getAttribute("target")?.replace(/^#/, "") || "canvas";
  const found = document.getElementById(wanted);
  if (found instanceof HTMLCanvasElement) return found;
  if (found) throw new TypeError(`py-game draws on a <canvas>: #${wanted} is a <${found.localName}>`);
  const canvas = document.createElement("canvas");
  canvas.id = wanted;
  element.after(canvas);
  return canvas;
}
