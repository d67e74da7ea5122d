import type { DiffPage } from "../page-case";

/**
 * Describes every `.py-error` block in `#blocks`, one line each, sorted (the two engines may finish in either
 * order): its tag, whether it is the body's own child after everything the page had, and its text with each
 * frame's file name replaced by `<code>`, the interpreter's own frames (`/lib/python…`) and the source lines
 * under frames left out. Those are the parts that differ on purpose: our tracebacks name the script
 * (`index.html <script #1>`) where PyScript shows `<stdin>`/`<exec>`, so Pyodide prints each frame's source
 * line under it for ours only, and they leave out Pyodide's frames (docs/compatibility.md). `data-errors` on
 * `<html>` says how many blocks there are.
 */
const probe = `<script>
const normalised = (text) => {
  const kept = [];
  for (const line of text.trim().split("\\n")) {
    const frame = /^\\s*File "([^"]*)"(.*)$/.exec(line);
    if (frame) {
      if (!frame[1].startsWith("/lib/python")) kept.push('  File "<code>"' + frame[2]);
    } else if (!line.startsWith("    ")) kept.push(line);
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

const mpyScript = (attributes: string) => `<div id="m"><script type="mpy" ${attributes} ${mpy}>
${failing("broke in mpy")}
</script></div>`;
const pyScript = (attributes: string) => `<div id="p"><script type="py" ${attributes} ${py}>
${failing("broke in py")}
</script></div>`;
const end = `<p id="end">end</p>`;

// One engine per main-thread page: PyScript's error plugin takes over the stderr of the first interpreter
// that is ready and then removes itself, so on a page with both it shows only that one's errors.
export const pages: DiffPage[] = [
  {
    name: "error blocks: an exception in a main-thread MicroPython script, its text and where it shows",
    files: { "index.html": html(`${mpyScript("")}\n${end}`) },
    done: 'html[data-errors="1"]',
    compare: ["#blocks"],
  },
  {
    name: "error blocks: an exception in a main-thread Pyodide script, its text and where it shows",
    files: { "index.html": html(`${pyScript("")}\n${end}`) },
    done: 'html[data-errors="1"]',
    compare: ["#blocks"],
  },
  {
    name: "error blocks: an exception in a worker script of each engine, on the page",
    files: {
      "index.html": html(`${mpyScript("worker")}\n${pyScript("worker")}\n${end}<div id="all"></div>
<script>addEventListener("py:all-done", () => { document.getElementById("all").textContent = "all done"; });</script>`),
    },
    done: "#all:not(:empty)",
    compare: ["#blocks"],
    intended: "an exception in a worker shows on the page (after its script), as every Python error does here; PyScript only logs it to the console",
  },
];
