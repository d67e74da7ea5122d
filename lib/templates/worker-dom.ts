import { pyscriptPage } from "./page";
import type { Template } from "./template";

export const workerWithDom: Template = {
  id: "worker-dom",
  title: "Worker with DOM access",
  description: "Python in a Web Worker that reads and writes the page, synchronously (isolation on).",
  isolated: true,
  files: [
    {
      path: "index.html",
      content: pyscriptPage("Worker with DOM access", `    <h1>Worker with DOM access</h1>
    <ul id="out"></ul>
    <script type="py" src="worker.py" worker></script>`),
    },
    {
      path: "worker.py",
      content: `from pyscript import RUNNING_IN_WORKER, document, window

def show(text):
    print(text)
    item = document.createElement("li")
    item.textContent = text
    document.querySelector("#out").append(item)

show(f"running in a worker: {RUNNING_IN_WORKER}")
show(f"the page is {window.innerWidth} pixels wide")
`,
    },
  ],
};
