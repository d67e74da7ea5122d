import { pyscriptPage } from "./page";
import type { Template } from "./template";

export const helloPyodide: Template = {
  id: "hello-pyodide",
  title: "Hello Pyodide",
  description: "CPython compiled to WebAssembly, with the standard library and packages from PyPI.",
  isolated: true,
  files: [
    {
      path: "index.html",
      content: pyscriptPage("Hello Pyodide", `    <h1>Hello Pyodide</h1>
    <p id="out"></p>
    <script type="py" src="main.py"></script>`),
    },
    {
      path: "main.py",
      content: `import sys
from pyscript import document

message = f"Hello from Python {sys.version.split()[0]}"
print(message)
document.querySelector("#out").textContent = message
`,
    },
  ],
};
