import type { DiffPage } from "../page-case";

const head = `<meta charset="utf-8"><link rel="stylesheet" href="{{core.css}}"><script type="module" src="{{core.js}}"></script>`;
const html = (body: string, extraHead = ""): string => `<!doctype html><html><head>${head}${extraHead}</head><body>\n${body}\n</body></html>`;

/**
 * Writes each script's own events (`mpy:` for MicroPython, `py:` for Pyodide) into `#log-<its id>` with their
 * `detail.worker`, and at `py:all-done` which scripts were done by then.
 */
const eventLog = `<script>
const done = [];
const log = (event) => {
  const script = event.target;
  const prefix = script.type === "mpy" ? "mpy:" : "py:";
  if (!event.type.startsWith(prefix)) return;
  document.getElementById("log-" + script.id).textContent += event.type + " worker=" + event.detail?.worker + "; ";
  if (event.type.endsWith(":done")) done.push(script.id);
};
for (const name of ["py:ready", "py:done", "mpy:ready", "mpy:done"]) document.addEventListener(name, log);
addEventListener("py:all-done", () => {
  document.getElementById("all").textContent = "py:all-done after " + [...done].sort().join(",");
});
</script>`;

export const pages: DiffPage[] = [
  {
    name: "py:ready and py:done (mpy: for MicroPython) on each script, with detail.worker, then py:all-done",
    files: {
      "index.html": html(
        `<div id="log-m"></div><div id="log-p"></div><div id="log-w"></div><div id="all"></div>
<script type="mpy" id="m" config='{"interpreter": "{{micropython}}"}'>x = 1</script>
<script type="py" id="p" config='{"interpreter": "{{pyodide}}"}'>x = 2</script>
<script type="mpy" worker id="w" config='{"interpreter": "{{micropython}}"}'>x = 3</script>`,
        eventLog,
      ),
    },
    done: "#all:not(:empty)",
    compare: ["#log-m", "#log-p", "#log-w", "#all"],
  },
];
