import { engineName, type EngineType } from "../../interpreters/engine";
import { dedent } from "../../main/source";
import { mountCodeEditor } from "./code-editor";
import { environmentFor } from "./environment";
import type { EditorHost } from "./host";

let counter = 0;

/**
 * One `<script type="py-editor|mpy-editor">`: a code cell with a Run button (Shift+Enter runs too) and an
 * output area under it, rendered after the script or inside its `target` element. A `setup` cell is not
 * shown: its code runs in its env when the page loads, before any cell.
 */
export function mountEditorCell(script: HTMLScriptElement, host: EditorHost): void {
  const type: EngineType = script.type === "mpy-editor" ? "micropython" : "pyodide";
  const envName = script.getAttribute("env");
  const environment = environmentFor(type, envName, host);
  environment.scripts.push(script);
  const number = ++counter;
  const filename = `${decodeURIComponent(location.pathname.slice(1)).replace(/(^|\/)$/, "$1index.html")} <${script.type} #${number}>`;
  const initialCode = dedent(script.textContent ?? "").trimEnd();
  if (script.hasAttribute("setup")) {
    environment.setup({ code: initialCode, filename }, script);
    return;
  }

  const prefix = type === "micropython" ? "mpy" : "py";
  const label = `${engineName[type]} editor${envName ? ` (env ${envName})` : ""}`;
  // Besides our own classes, the parts carry the ones PyScript gives them (`mpy-` for MicroPython cells), so
  // a page's CSS and scripts written for PyScript's cells find the Run button and the output.
  const cell = element("div", `py-editor ${prefix}-editor-box`, { role: "group", "aria-label": label, "data-state": "idle" });
  const bar = element("div", "py-editor-bar");
  const name = element("span", "py-editor-label");
  name.textContent = `${prefix}${envName ? ` · env ${envName}` : ""}`;
  const runButton = element("button", `py-editor-run ${prefix}-editor-run-button`, { type: "button", title: "Run (Shift+Enter)" });
  runButton.textContent = "Run";
  const input = element("div", `${prefix}-editor-input`);
  const output = element("div", `py-editor-output ${prefix}-editor-output`, { id: `py-editor-output-${number}`, "aria-live": "polite" });
  bar.append(name, runButton);
  cell.append(bar, input, output);
  const target = script.getAttribute("target");
  const container = target ? targetElement(target) : null;
  if (container) container.append(cell);
  else script.after(cell);

  const editor = mountCodeEditor(input, { code: initialCode, label: `${label}: code`, onRun: () => void run() });
  const run = async (): Promise<void> => {
    if (cell.dataset.state === "running") return;
    cell.dataset.state = "running";
    runButton.disabled = true;
    output.replaceChildren();
    const error = await environment.run({ code: editor.code(), filename }, { output });
    cell.dataset.state = error === null ? "done" : "error";
    runButton.disabled = false;
  };
  runButton.addEventListener("click", () => void run());
  // PyScript's script API: `.code` reads and replaces the cell's code; `.process(code)` runs other code in
  // the cell's env (its output goes under the cell) and settles when it has run, rejecting if it raised.
  Object.defineProperties(script, {
    code: {
      get: () => editor.code(),
      set: (value: unknown) => editor.setCode(String(value)),
    },
    process: {
      value: async (source: unknown) => {
        const error = await environment.run({ code: dedent(String(source)), filename }, { output });
        if (error !== null) throw new Error(error);
      },
    },
  });
  cell.setAttribute("data-editor", "ready");
}

/** As PyScript looks a cell's `target` up: an id, else a CSS selector (one that is not valid finds nothing). */
function targetElement(target: string): Element | null {
  try {
    return document.getElementById(target) ?? document.querySelector(target);
  } catch {
    return null;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
