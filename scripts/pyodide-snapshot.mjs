// A Pyodide memory snapshot taken once at build time: the interpreter already initialised, with the stdlib
// modules the `pyscript` package imports already loaded. Loading it skips ~0.8 s of start-up on every page
// (measured in bench/boot). Made in Node, loaded in browsers and workers: the heap does not depend on where
// it was made, and we take it before any JS object other than Pyodide's own is referenced from Python.
import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { loadPyodide } from "pyodide";

/** Modules imported before the snapshot is taken: everything lib/runtime/python needs from the stdlib. */
const preloaded = ["json", "asyncio", "inspect", "binascii", "base64", "site", "importlib"];

export async function writePyodideSnapshot(file) {
  const pyodide = await loadPyodide({ _makeSnapshot: true });
  // `_` would record this build machine's script path in every page's os.environ.
  pyodide.runPython(`import os\nos.environ.pop("_", None)\nimport ${preloaded.join(", ")}`);
  // Served with Content-Encoding: gzip (31 MB of mostly empty heap becomes ~6 MB on the wire).
  writeFileSync(file, gzipSync(pyodide.makeMemorySnapshot(), { level: 6 }));
}
