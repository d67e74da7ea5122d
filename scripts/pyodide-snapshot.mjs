// A Pyodide memory snapshot taken once at build time: the interpreter already initialised, with the stdlib
// modules the `pyscript` package imports already loaded. Loading it skips most of the start-up on a visitor's later pages
// (measured in bench/boot). Made in Node, loaded in browsers and workers: the heap does not depend on where
// it was made, and we take it before any JS object other than Pyodide's own is referenced from Python.
import { loadPyodide } from "pyodide";
import { startupImports } from "./pyodide-stdlib.mjs";

/** The snapshot's bytes (31 MB of mostly empty heap: the build stores it compressed only). */
export async function makePyodideSnapshot() {
  // Against Pyodide's own archive, which restores load with it (its heap holds zipimport's index of that archive).
  const pyodide = await loadPyodide({ _makeSnapshot: true });
  // `_` would record this build machine's script path in every page's os.environ.
  pyodide.runPython(`import os\nos.environ.pop("_", None)\nimport ${startupImports.join(", ")}`);
  return pyodide.makeMemorySnapshot();
}
