import type { Template } from "./template";

export const pyworkerSync: Template = {
  id: "pyworker-sync",
  title: "PyWorker and sync",
  description: "Pyodide on the page starts a MicroPython worker that calls back into the page synchronously.",
  isolated: true,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="py" src="./main.py"></script>
  </body>
</html>
` },
    { path: "main.py", content: String.raw`from pyscript import PyWorker

def hello(name="world"):
    return(f"Hello, {name}")

# Create the worker.
worker = PyWorker("./worker.py", type="micropython")

# Register the hello function as callable from the worker.
worker.sync.hello = hello
` },
    { path: "worker.py", content: String.raw`from pyscript import sync, window

greeting = sync.hello("PyScript")
window.console.log(greeting)
window.document.body.append(greeting)
` },
  ],
};
