import type { Template } from "./template";

export const workerAttribute: Template = {
  id: "worker-attribute",
  title: "worker attribute",
  description: "The same file runs in a Pyodide worker and a MicroPython worker, each adding a line to the page.",
  isolated: true,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <div id="out"></div>
    <script type="py" src="./my-worker-code.py" worker></script>
    <script type="mpy" src="./my-worker-code.py" worker></script>
  </body>
</html>
` },
    { path: "my-worker-code.py", content: String.raw`import sys
from pyscript import document, RUNNING_IN_WORKER

line = document.createElement("p")
line.className = "from-worker"
line.textContent = f"{sys.implementation.name} in worker: {RUNNING_IN_WORKER}"
document.getElementById("out").append(line)
` },
  ],
};
