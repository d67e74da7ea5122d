import type { CodeEditorSurface, CodeMirrorChunk } from "../../lazy/code-editor-surface";
import type { EngineType } from "../../engines/engine";
import type { RuntimeContext } from "../context";
import { dedent } from "../source";
import { environmentFor } from "./environment";

/** PyScript's editor cells: `py-editor` (Pyodide) and `mpy-editor` (MicroPython). */
export const editorSelector = 'script[type="py-editor"], script[type="mpy-editor"]';

let counter = 0;

/**
 * One `<script type="py-editor|mpy-editor">`: a code cell with a Run button (Shift+Enter runs too) and an
 * output area under it, rendered after the script or inside its `target` element. A `setup` cell is not
 * shown: its code runs first in its env. CodeMirror is its own chunk; if it cannot load, a plain textarea.
 */
export function mountEditorCell(script: HTMLScriptElement, context: RuntimeContext): void {
  const type: EngineType = script.type === "mpy-editor" ? "micropython" : "pyodide";
  const envName = script.getAttribute("env");
  const environment = environmentFor(type, envName);
  environment.scripts.push(script);
  const number = ++counter;
  const filename = `${decodeURIComponent(location.pathname.slice(1)).replace(/(^|\/)$/, "$1index.html")} <${script.type} #${number}>`;
  const initialCode = dedent(script.textContent ?? "").trimEnd();
  if (script.hasAttribute("setup")) {
    environment.setups.push({ code: initialCode, filename });
    return;
  }

  const label = `${type === "micropython" ? "MicroPython" : "Pyodide"} editor${envName ? ` (env ${envName})` : ""}`;
  const cell = element("div", "py-editor", { role: "group", "aria-label": label, "data-state": "idle" });
  const bar = element("div", "py-editor-bar");
  const name = element("span", "py-editor-label");
  name.textContent = `${type === "micropython" ? "mpy" : "py"}${envName ? ` · env ${envName}` : ""}`;
  const runButton = element("button", "py-editor-run", { type: "button", title: "Run (Shift+Enter)" });
  runButton.textContent = "Run";
  const input = element("div", "py-editor-input");
  const output = element("div", "py-editor-output", { id: `py-editor-output-${number}`, "aria-live": "polite" });
  bar.append(name, runButton);
  cell.append(bar, input, output);
  const target = script.getAttribute("target");
  const host = target ? document.getElementById(target.replace(/^#/, "")) : null;
  if (host) host.append(cell);
  else script.after(cell);

  let editor: CodeEditorSurface | null = null;
  let code = initialCode;
  const run = async (): Promise<void> => {
    if (!editor || cell.dataset.state === "running") return;
    cell.dataset.state = "running";
    runButton.disabled = true;
    output.replaceChildren();
    for (const error of cell.querySelectorAll(".py-error")) error.remove();
    const error = await environment.run({ code: editor.code(), filename }, { output }, context);
    cell.dataset.state = error === null ? "done" : "error";
    runButton.disabled = false;
  };
  runButton.addEventListener("click", () => void run());
  // PyScript's script API: `.code` reads and replaces the cell's code; `.process(code)` runs other code in
  // the cell's env (its output goes under the cell) and settles when it has run, rejecting if it raised.
  Object.defineProperties(script, {
    code: {
      get: () => editor?.code() ?? code,
      set: (value: unknown) => (editor ? editor.setCode(String(value)) : (code = String(value))),
    },
    process: {
      value: async (source: unknown) => {
        const error = await environment.run({ code: dedent(String(source)), filename }, { output }, context);
        if (error !== null) throw new Error(error);
      },
    },
  });

  void import(/* @vite-ignore */ new URL("codemirror.js", context.assetBase).href)
    .then((chunk: CodeMirrorChunk) => {
      editor = chunk.mountCodeEditor(input, { code, label: `${label}: code`, onRun: () => void run() });
    })
    .catch((error: unknown) => {
      console.warn("CodeMirror could not load, the cell is a plain text area:", error);
      editor = plainEditor(input, code, label, () => void run());
    })
    .finally(() => cell.setAttribute("data-editor", "ready"));
}

function plainEditor(host: HTMLElement, code: string, label: string, onRun: () => void): CodeEditorSurface {
  const area = element("textarea", "py-editor-plain", { "aria-label": `${label}: code`, spellcheck: "false" });
  area.value = code;
  area.rows = Math.max(3, code.split("\n").length);
  area.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !event.shiftKey) return;
    event.preventDefault();
    onRun();
  });
  host.append(area);
  return {
    code: () => area.value,
    setCode: (value) => void (area.value = value),
    focus: () => area.focus(),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
