import { anyScriptSelector } from "./selectors";

/** Inline code sits indented inside HTML; Python needs it flush left. Blank lines do not count. */
export function dedent(code: string): string {
  const lines = code.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0]!.trim()) lines.shift();
  const indents = lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line) => line.slice(common)).join("\n");
}

export class ScriptSourceError extends Error {
  override name = "ScriptSourceError";
}

/**
 * The name tracebacks give inline code: the page and the script's place among the page's Python scripts
 * (both engines, inline or `src`, from 1 in document order), e.g. `index.html <script #2>`. Not in angle
 * brackets alone, so Pyodide still prints each frame's source line (docs/compatibility.md).
 */
function inlineScriptName(element: Element): string {
  const page = decodeURIComponent(location.pathname.slice(1)).replace(/(^|\/)$/, "$1index.html");
  const place = [...document.querySelectorAll(anyScriptSelector)].indexOf(element) + 1;
  return `${page} <script #${place}>`;
}

/**
 * A script's code: its `src` file (named as written in `src`) or its inline text, never both (PyScript reports
 * that as an error).
 */
export async function scriptSource(element: Element): Promise<{ code: string; filename: string }> {
  const src = element.getAttribute("src");
  const inline = element.textContent ?? "";
  if (src && inline.trim()) {
    throw new ScriptSourceError(`A script has both src="${src}" and inline code: use one or the other.`);
  }
  if (!src) return { code: dedent(inline), filename: inlineScriptName(element) };
  const response = await fetch(new URL(src, document.baseURI));
  if (!response.ok) throw new ScriptSourceError(`Could not load ${src} (HTTP ${response.status})`);
  return { code: await response.text(), filename: src };
}
