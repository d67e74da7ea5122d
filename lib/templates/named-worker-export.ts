import type { Template } from "./template";

export const namedWorkerExport: Template = {
  id: "named-worker-export",
  title: "Named worker and __export__",
  description: "The page awaits a function a named Pyodide worker exports.",
  isolated: true,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="py" src="./my-worker-code.py" worker name="my-worker"></script>
    <script type="mpy">
      from pyscript import workers, document

      my_worker = await workers["my-worker"]
      result = await my_worker.version()
      document.body.append(f"worker says: {result}")
    </script>
  </body>
</html>
` },
    { path: "my-worker-code.py", content: String.raw`import sys

def version():
    return sys.version

# Define what to export to the main thread.
__export__ = ["version", ]
` },
  ],
};
