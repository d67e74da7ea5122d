import type { DiffPage } from "../page-case";

/**
 * Describes every `.py-error` block in `#blocks`, one line each, sorted (the two engines may finish in either
 * order): its tag, whether it is the body's own child after everything the page had, and its text with each
 * frame's file name replaced by `<code>` and the interpreter's own frames (`/lib/python…`) left out. Those
 * are the parts that differ on purpose: our tracebacks name the script (`index.html <script #1>`) where
 * PyScript shows `<stdin>`/`<exec>`, and leave out Pyodide's frames (docs/compatibility.md). `data-errors` on
 * `<html>` says how many blocks there are.
 */
const probe = `<script>
const normalised = (text) => {
  const kept = [];
  let skipping = false;
  for (const line of text.trim().split("\\n")) {
    const frame = /^\\s*File "([^"]*)"(.*)$/.exec(line);
    if (frame) {
      skipping = frame[1].startsWith("/lib/python");
      if (!skipping) kept.push('  File "<code>"' + frame[2]);
    } else if (!(skipping && line.startsWith("    "))) {
      skipping = false;
      kept.push(line);
    }
  }
  return kept.join(" / ");
};
new MutationObserver(() => {
  const blocks = [...document.querySelectorAll(".py-error")];
  const end = document.getElementById("end");
  const lines = blocks.map((block) => {
    const atEnd = block.parentElement === document.body && Boolean(end.compareDocumentPosition(block) & Node.DOCUMENT_POSITION_FOLLOWING);
    return block.tagName.toLowerCase() + (atEnd ? " at the end of the body: " : " elsewhere: ") + normalised(block.textContent);
  });
  const text = lines.sort().join("\\n");
  const shown = document.getElementById("blocks");
  if (shown.textContent !== text) shown.textContent = text;
  document.documentElement.dataset.errors = String(blocks.length);
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
</script>`;
const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string): string => `<!doctype html><html><head>${head}</head><body>\n${body}\n<pre id="blocks"></pre>${probe}\n</body></html>`;
const mpy = `config='{"interpreter": "{{micropython}}"}'`;
const py = `config='{"interpreter": "{{pyodide}}"}'`;

const failing = (message: string) => `print("before the error")
def inner():
    raise ValueError("${message}")
inner()`;

/** Two scripts that raise, a MicroPython and a Pyodide one, with `attributes` (e.g. `worker`), then `#end`. */
const twoFailing = (attributes: string) => `<div id="m"><script type="mpy" ${attributes} ${mpy}>
${failing("broke in mpy")}
</script></div>
<div id="p"><script type="py" ${attributes} ${py}>
${failing("broke in py")}
</script></div>
<p id="end">end</p>`;

export const pages: DiffPage[] = [
  {
    name: "error blocks: an exception in a main-thread script of each engine, its text and where it shows",
    files: { "index.html": html(twoFailing("")) },
    done: 'html[data-errors="2"]',
    compare: ["#blocks"],
  },
  {
    name: "error blocks: an exception in a worker script of each engine, on the page",
    files: { "index.html": html(`${twoFailing("worker")}<div id="all"></div>
<script>addEventListener("py:all-done", () => { document.getElementById("all").textContent = "all done"; });</script>`) },
    done: "#all:not(:empty)",
    compare: ["#blocks"],
  },
];
