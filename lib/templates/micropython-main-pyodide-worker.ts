import type { Template } from "./template";

export const micropythonMainPyodideWorker: Template = {
  id: "micropython-main-pyodide-worker",
  title: "MicroPython main + Pyodide worker",
  description: "The documentation's common use case: a light MicroPython page hands heavy work to a Pyodide worker.",
  isolated: true,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width,initial-scale=1">
    <!-- PyScript CSS -->
    <link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
    <!-- This script tag bootstraps PyScript -->
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
    <title>PyWorker - mpy bootstrapping pyodide example</title>
    <!-- the async attribute is useful but not mandatory -->
    <script type="mpy" src="main.py" async></script>
  </head>
</html>
` },
    { path: "main.py", content: String.raw`from pyscript import PyWorker, document

# Bootstrap the Pyodide worker, with optional config too.
worker = PyWorker("worker.py", type="pyodide")

# Expose a utility that can be immediately invoked in the worker.
worker.sync.greetings = lambda: print("Pyodide bootstrapped")

print("before ready")
# Await until Pyodide has completed its bootstrap, and is ready.
await worker.ready
print("after ready")

# Await any exposed methods exposed via Pyodide in the worker.
result = await worker.sync.heavy_computation()
print(result)

# Show the result at the end of the body.
document.body.append(result)

# Free memory and get rid of everything in the worker.
worker.terminate()
` },
    { path: "worker.py", content: String.raw`from pyscript import sync

# Use any methods from main.py on the main thread.
sync.greetings()

# Expose any methods meant to be used from main.
sync.heavy_computation = lambda: 6 * 7
` },
  ],
};
