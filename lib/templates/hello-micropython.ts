import { pyscriptPage } from "./page";
import type { Template } from "./template";

export const helloMicroPython: Template = {
  id: "hello-micropython",
  title: "Hello MicroPython",
  description: "A small, fast-starting Python: about 300 KB, ready in a blink.",
  isolated: true,
  files: [
    {
      path: "index.html",
      content: pyscriptPage("Hello MicroPython", `    <h1>Hello MicroPython</h1>
    <p id="out"></p>
    <script type="mpy" src="main.py"></script>`),
    },
    {
      path: "main.py",
      content: `import sys
from pyscript import document

message = "Hello from " + sys.implementation.name
print(message)
document.querySelector("#out").textContent = message
`,
    },
  ],
};
