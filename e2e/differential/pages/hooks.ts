import type { DiffPage } from "../page-case";

const html = (body: string, plugin: string): string =>
  `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}">
<script type="module">
import { hooks } from "{{core.js}}";
${plugin}
</script>
</head><body>
${body}
</body></html>`;
const mpy = `config='{"interpreter": "{{micropython}}"}'`;
const py = `config='{"interpreter": "{{pyodide}}"}'`;

/** Page hooks: each function hook appends its name, and what it got, to `#log-<the element's id>`. */
const mainHook = (name: string) =>
  `hooks.main.${name}.add((wrap, element) => { document.getElementById("log-" + element.id).textContent += "${name}(" + wrap.type + " " + typeof wrap.run + " " + typeof wrap.runAsync + ") "; });`;
/** Code hooks append to `#log-<engine>`, and leave a name the script can read. */
const mainCode = (name: string) =>
  `hooks.main.${name}.add('import sys\\nfrom pyscript import document\\ndocument.getElementById("code-" + sys.implementation.name).textContent += "${name} "\\nfrom_${name} = 1');`;
/** What each script adds to its own log: which code-hook names its namespace has. */
const script = (id: string) => `from pyscript import document
document.getElementById("log-${id}").textContent += "script(" + " ".join(sorted(n for n in globals() if n.startswith("from_"))) + ") "`;

/**
 * Worker hooks travel as source text: each pushes its name to a list in the worker, and the after-run one
 * writes the list into `#log-<engine>` through the script's own `pyscript.document`.
 */
const workerHook = (name: string) =>
  `hooks.worker.${name}.add((wrap, xworker) => { (globalThis.hookLog ??= []).push("${name}(" + wrap.type + " " + typeof xworker.sync + ")"); });`;
const workerReport = (name: string) =>
  `hooks.worker.${name}.add((wrap) => { (globalThis.hookLog ??= []).push("${name}"); wrap.run("import js\\nfrom pyscript import document\\ndocument.getElementById('log-w' + '" + wrap.type + "').textContent = js.hookLog.join(' ')"); });`;
const workerCode = (name: string) => `hooks.worker.${name}.add('import js\\njs.hookLog.push("${name}")\\nfrom_${name} = 1');`;
const workerScript = `import js
js.hookLog.push("script(" + " ".join(sorted(n for n in globals() if n.startswith("from_"))) + ")")`;

/** `py:all-done` comes once every script and its hooks have run. */
const allDone = '<div id="all"></div><script>addEventListener("py:all-done", () => { document.getElementById("all").textContent = "all done"; });</script>';
const mainScripts = `<div id="log-m1"></div><div id="log-m2"></div><div id="log-p1"></div><div id="code-micropython"></div><div id="code-cpython"></div>${allDone}
<script type="mpy" id="m1" ${mpy}>${script("m1")}</script>
<script type="mpy" id="m2">${script("m2")}</script>
<script type="py" id="p1" ${py}>${script("p1")}</script>`;
const mainCompare = ["#log-m1", "#log-m2", "#log-p1", "#code-micropython", "#code-cpython"];

export const pages: DiffPage[] = [
  {
    name: "onReady and the Async page hooks around scripts run asynchronously (the default): when they fire, in what order, with what arguments",
    files: {
      "index.html": html(
        mainScripts,
        [mainHook("onReady"), mainHook("onBeforeRunAsync"), mainCode("codeBeforeRunAsync"), mainCode("codeAfterRunAsync"), mainHook("onAfterRunAsync")].join("\n"),
      ),
    },
    done: "#all:not(:empty)",
    compare: mainCompare,
  },
  {
    name: "onReady and the Async worker hooks in worker scripts of both engines: in what order, with what arguments",
    files: {
      "index.html": html(
        `<div id="log-wmpy"></div><div id="log-wpy"></div>
<script type="mpy" worker ${mpy}>${workerScript}</script>
<script type="py" worker ${py}>${workerScript}</script>`,
        [workerHook("onReady"), workerHook("onBeforeRunAsync"), workerCode("codeBeforeRunAsync"), workerCode("codeAfterRunAsync"), workerReport("onAfterRunAsync")].join("\n"),
      ),
    },
    done: "#log-wmpy:not(:empty) ~ #log-wpy:not(:empty)",
    compare: ["#log-wmpy", "#log-wpy"],
  },
  {
    name: "plain (not Async) hooks run around scripts with async=\"false\", on the page and in a worker, and not around others",
    files: {
      "index.html": html(
        `${allDone}<div id="log-m1"></div><div id="log-m2"></div><div id="log-p1"></div><div id="code-micropython"></div><div id="code-cpython"></div><div id="log-wmpy"></div>
<script type="mpy" id="m1" async="false" ${mpy}>${script("m1")}</script>
<script type="mpy" id="m2">${script("m2")}</script>
<script type="py" id="p1" async="false" ${py}>${script("p1")}</script>
<script type="mpy" worker async="false" ${mpy}>${workerScript}
from pyscript import document
document.getElementById("log-wmpy").textContent = js.hookLog.join(" ")</script>`,
        [
          mainHook("onBeforeRun"),
          mainCode("codeBeforeRun"),
          mainCode("codeAfterRun"),
          mainHook("onAfterRun"),
          workerHook("onBeforeRun"),
          workerCode("codeBeforeRun"),
          "hooks.worker.onReady.add(() => { globalThis.hookLog = []; });",
        ].join("\n"),
      ),
    },
    done: "#all:not(:empty)",
    compare: [...mainCompare, "#log-wmpy"],
  },
];
