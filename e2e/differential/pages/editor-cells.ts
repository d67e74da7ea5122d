import type { DiffPage } from "../page-case";

const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string, extraHead = ""): string => `<!doctype html><html><head>${head}${extraHead}</head><body>\n${body}\n</body></html>`;

/**
 * Keeps the first line and the exception's line of what each `#<id>`'s cell output shows (as rendered: PyScript ends
 * printed lines with `<br>`) in `#<id>-shown`: a traceback's frames name the code differently on purpose
 * (docs/compatibility.md), and PyScript writes the traceback as HTML, so its `<stdin>`/`<exec>` vanish.
 */
const shownLines = (ids: string[]) => `<script>
new MutationObserver(() => {
  for (const id of ${JSON.stringify(ids)}) {
    const output = document.querySelector("#" + id + " [class$=editor-output]");
    const lines = (output?.innerText ?? "").split("\\n").map((line) => line.trim()).filter(Boolean);
    const last = lines[lines.length - 1] ?? "";
    // Only once the exception's own line is there (a traceback may arrive in parts).
    const shown = /^\\w*Error: (?!Traceback)/.test(last) ? lines[0] + " … " + last : "";
    const probe = document.getElementById(id + "-shown");
    if (probe.textContent !== shown) probe.textContent = shown;
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
</script>`;
/** PyScript's editor takes no interpreter from the page's config: each env names it in one script's `config`. */
const mpy = `config='{"interpreter": "{{micropython}}"}'`;
const py = `config='{"interpreter": "{{pyodide}}"}'`;

/** Clicks the Run button of the cell inside #<id>, then waits for its output. */
const run = (id: string, type = "mpy") => ({ click: `#${id} .${type}-editor-run-button`, until: `#${id} .${type}-editor-output:not(:empty)` });

/** Clicks the Run button of the cell inside #<id>, then waits for the exception's last line under it. */
const failed = (id: string, type = "mpy") => ({ click: `#${id} .${type}-editor-run-button`, until: `#${id}-shown:not(:empty)` });

export const pages: DiffPage[] = [
  {
    name: "editor cells: a setup cell is not shown and runs first in its env, cells of one env share globals, other envs and types do not",
    files: {
      "index.html": html(`<div id="s"><script type="mpy-editor" env="a" setup ${mpy}>
x = 1
</script></div>
<div id="c1"><script type="mpy-editor" env="a">
x += 1
print("c1", x)
</script></div>
<div id="c2"><script type="mpy-editor" env="a">
print("c2", x)
</script></div>
<div id="c3"><script type="mpy-editor" env="b" ${mpy}>
print("c3", "x" in globals())
</script></div>
<div id="c4"><script type="py-editor" env="a" ${py}>
print("c4", "x" in globals())
</script></div>
<div id="c5"><script type="mpy-editor" ${mpy}>
print("c5", "x" in globals())
</script></div>`),
    },
    done: "#c5 .mpy-editor-run-button",
    steps: [run("c1"), run("c2"), run("c3"), run("c4", "py"), run("c5")],
    compare: ["#s :not(script)", "#c1 .mpy-editor-output", "#c2 .mpy-editor-output", "#c3 .mpy-editor-output", "#c4 .py-editor-output", "#c5 .mpy-editor-output"],
  },
  {
    // PyScript cannot run a cell rendered into a `target` (its Run looks for the script next to the cell and
    // throws): only where such cells appear is compared.
    name: "editor cells: target by id and by selector, a cell's config (files), an exception's text under the cell",
    files: {
      "index.html": html(`<div id="t1"></div><div id="t2"><div class="box"></div></div>
<script type="mpy-editor" target="t1" ${mpy}>
print("in t1")
</script>
<script type="mpy-editor" target="#t2 .box" ${mpy}>
print("in the box")
</script>
<div id="k"><script type="mpy-editor" ${mpy.replace("}'", ', "files": {"./data.txt": "data.txt"}}\'')}>
print(open("data.txt").read())
</script></div>
<div id="e1"><script type="mpy-editor" ${mpy}>
print("before the error")
def inner():
    raise ValueError("broke in a cell")
inner()
</script></div>
<div id="e2"><script type="py-editor" ${py}>
print("before the error")
def inner():
    raise ValueError("broke in a cell")
inner()
</script></div>
<p id="e1-shown"></p><p id="e2-shown"></p>`, shownLines(["e1", "e2"])),
      "data.txt": "from the cell's config",
    },
    done: "#e2 .py-editor-run-button",
    steps: [run("k"), failed("e1"), failed("e2", "py")],
    compare: ["#t1 .mpy-editor-output", "#t2 .box .mpy-editor-output", "#k .mpy-editor-output", "#e1-shown", "#e2-shown"],
  },
];
