import { pyscriptPage } from "./page";
import type { Template } from "./template";

export const blank: Template = {
  id: "blank",
  title: "Blank",
  description: "An empty page and an empty main.py, on Pyodide.",
  isolated: true,
  files: [
    { path: "index.html", content: pyscriptPage("Blank", `    <script type="py" src="main.py"></script>`) },
    { path: "main.py", content: "" },
  ],
};
