import type { DiffCase } from "../case";

export const cases: DiffCase[] = [
  { name: "display: a string into a target by id", html: '<div id="out"></div>', code: 'from pyscript import display\ndisplay("hi", target="out")' },
  { name: "display: HTML after importing HTML first", html: '<div id="out"></div>', code: 'from pyscript import HTML, display\ndisplay(HTML("<b>hi</b>"), target="out")' },
  { name: "display: an empty target raises ValueError", code: 'from pyscript import display\ndisplay("x", target="")' },
  { name: "print: lines are compared", code: 'print("a", "b", sep="-")\nprint("c", end="")\nprint("d")' },
  { name: "config: type", code: 'from pyscript import config\nprint(config["type"])', notIsolated: true },
];
