// A Pyodide memory snapshot taken once at build time: the interpreter already initialised, with the stdlib
// modules the `pyscript` package imports already loaded. Loading it skips ~0.8 s of start-up on every page
// (measured in bench/boot). Made in Node, loaded in browsers and workers: the heap does not depend on where
// it was made, and we take it before any JS object other than Pyodide's own is referenced from Python.
import { loadPyodide } from "pyodide";

/** Modules imported before the snapshot is taken: everything lib/runtime/python needs from the stdlib. */
const preloaded = ["json", "asyncio", "inspect", "binascii", "base64", "site", "importlib"];

/** The snapshot's bytes (31 MB of mostly empty heap: the build stores it compressed only). */
export async function makePyodideSnapshot() {
  const pyodide = await loadPyodide({ _makeSnapshot: true });
  // `_` would record this build machine's script path in every page's os.environ.
  pyodide.runPython(`import os\nos.environ.pop("_", None)\nimport ${preloaded.join(", ")}`);
  return pyodide.makeMemorySnapshot();
}
