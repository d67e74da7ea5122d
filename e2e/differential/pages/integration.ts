import type { DiffPage } from "../page-case";

const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string, extraHead = ""): string => `<!doctype html><html><head>${head}${extraHead}</head><body>\n${body}\n</body></html>`;
const mpy = `config='{"interpreter": "{{micropython}}"}'`;
const py = `config='{"interpreter": "{{pyodide}}"}'`;

/** Writes what `probe` returned (or the type of what it raised) into #<id>. */
const report = (id: string, probe: string) => `from pyscript import document
try:
    found = ${probe}
except Exception as error:
    found = type(error).__name__
document.getElementById("${id}").textContent = str(found)`;

/** A page whose config, in `sub/`, names `data.txt`: the script opens it and shows which folder it came from. */
const configByUrl = (name: string, scriptTags: string): DiffPage => ({
  name,
  files: {
    "index.html": html(`<div id="out"></div>
${scriptTags}
${report("out", 'open("data.txt").read().strip()')}
</script>`),
    "sub/config.json": '{"interpreter": "{{micropython}}", "files": {"./data.txt": "data.txt"}}',
    "sub/data.txt": "from the config's folder",
    "data.txt": "from the page's folder",
  },
  done: "#out:not(:empty)",
  compare: ["#out"],
});

export const pages: DiffPage[] = [
  {
    // PyScript refuses a page with two main-thread terminals ("You can use at most 1 main terminal"): one here.
    name: "__terminal__ is defined in a terminal script, on the main thread and in workers of both engines",
    files: {
      "index.html": html(`<div id="m"></div><div id="w"></div><div id="p"></div>
<script type="mpy" terminal ${mpy}>
${report("m", "callable(__terminal__.write)")}
</script>
<script type="mpy" terminal worker ${mpy}>
${report("w", "callable(__terminal__.write)")}
</script>
<script type="py" terminal worker ${py}>
${report("p", "callable(__terminal__.write)")}
</script>`),
    },
    done: "#m:not(:empty) ~ #w:not(:empty) ~ #p:not(:empty)",
    compare: ["#m", "#w", "#p"],
  },
  {
    name: "mpy-config and py-config on one page, each with its own js_modules",
    files: {
      "index.html": html(`<div id="m"></div><div id="p"></div>
<mpy-config>{"interpreter": "{{micropython}}", "js_modules": {"main": {"./a.js": "a"}}}</mpy-config>
<py-config>{"interpreter": "{{pyodide}}", "js_modules": {"main": {"./b.js": "b"}}}</py-config>
<script type="mpy">
from pyscript.js_modules.a import default
${report("m", "default")}
</script>
<script type="py">
from pyscript.js_modules.b import default
${report("p", "default")}
</script>`),
      "a.js": 'export default "module a";',
      "b.js": 'export default "module b";',
    },
    done: "#m:not(:empty) ~ #p:not(:empty)",
    compare: ["#m", "#p"],
  },
  {
    // Tracebacks name the code differently (`<stdin>` and ours `index.html <mpy-editor #1>`): the page keeps the
    // exception's line from the error block and from console.error, which both show when the page loads.
    name: "a setup editor cell that raises reports it when the page loads, on the page and in the console",
    files: {
      "index.html": html(
        `<div id="shown"></div><div id="logged"></div>
<script type="mpy-editor" setup ${mpy}>
raise RuntimeError("setup failed")
</script>
<script type="mpy-editor" ${mpy}>
print("cell")
</script>`,
        `<script>
const failure = (text) => String(text).split("\\n").find((line) => line.includes("setup failed"))?.trim() ?? "";
const logError = console.error.bind(console);
console.error = (...args) => {
  document.getElementById("logged").textContent ||= failure(args.join(" "));
  logError(...args);
};
new MutationObserver(() => {
  const block = document.querySelector(".py-error");
  if (block) document.getElementById("shown").textContent ||= failure(block.textContent);
}).observe(document.documentElement, { childList: true, subtree: true });
</script>`,
      ),
    },
    done: "#shown:not(:empty) ~ #logged:not(:empty)",
    compare: ["#shown", "#logged"],
  },
  configByUrl("a config loaded by URL: its files resolve against the config's own URL", '<mpy-config src="sub/config.json"></mpy-config>\n<script type="mpy">'),
  {
    name: "a config attribute with ../ in a page below the root: files resolve against the config",
    open: "app/",
    files: {
      "app/index.html": html(`<div id="out"></div>
<script type="mpy" config="../config.toml">
${report("out", 'open("data.txt").read().strip()')}
</script>`),
      "config.toml": 'interpreter = "{{micropython}}"\n[files]\n"./data.txt" = "data.txt"\n',
      "data.txt": "from the root",
      "app/data.txt": "from the app folder",
    },
    done: "#out:not(:empty)",
    compare: ["#out"],
  },
  configByUrl("a worker's config loaded by URL: its files resolve against the config's own URL", '<script type="mpy" worker config="sub/config.json">'),
  {
    name: "storage.js exports storage by name",
    files: {
      "index.html": html(`<div id="out"></div>
<script type="module">
import { storage } from "{{storage.js}}";
const store = await storage("named-export");
store.k = "v";
document.getElementById("out").textContent = typeof storage + " " + store.k;
</script>`),
    },
    done: "#out:not(:empty)",
    compare: ["#out"],
  },
  {
    name: "JS Symbols on Python objects through MicroPython proxies, main thread and worker",
    files: {
      "index.html": html(`<div id="m"></div><div id="w"></div>
<script>
window.probe = (ref) => [Symbol.iterator in ref, typeof ref[Symbol.iterator], typeof ref[Symbol.toPrimitive]].join(" ");
</script>
<script type="mpy" ${mpy}>
from pyscript import window
${report("m", "window.probe([1, 2])")}
</script>
<script type="mpy" worker ${mpy}>
from pyscript import window
${report("w", "window.probe([1, 2])")}
</script>`),
    },
    done: "#m:not(:empty) ~ #w:not(:empty)",
    compare: ["#m", "#w"],
  },
  {
    name: "named workers across engines: a Pyodide one from MicroPython, a MicroPython one from Pyodide",
    files: {
      "index.html": html(`<div id="m"></div><div id="p"></div>
<script type="mpy" worker name="mw" src="./m.py" config="./mpy.json"></script>
<script type="mpy" ${mpy}>
from pyscript import create_named_worker
worker = await create_named_worker("./p.py", "pw", config="./py.json", type="py")
${report("m", "await worker.greet()")}
</script>
<script type="py" ${py}>
from pyscript import workers
worker = await workers["mw"]
${report("p", "await worker.greet()")}
</script>`),
      "m.py": 'def greet():\n    return "hello from MicroPython"\n__export__ = ["greet"]\n',
      "p.py": 'def greet():\n    return "hello from Pyodide"\n__export__ = ["greet"]\n',
      "mpy.json": '{"interpreter": "{{micropython}}"}',
      "py.json": '{"interpreter": "{{pyodide}}"}',
    },
    done: "#m:not(:empty) ~ #p:not(:empty)",
    compare: ["#m", "#p"],
  },
  {
    name: "MicroPython output to sys.stderr shows on the page",
    files: {
      "index.html": html(`<div id="done"></div>
<script type="mpy" ${mpy}>
import sys
print("written to stderr", file=sys.stderr)
from pyscript import document
document.getElementById("done").textContent = "done"
</script>`),
    },
    done: "#done:not(:empty)",
    compare: ["body"],
    console: /written to stderr/,
  },
];
