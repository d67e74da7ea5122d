// Our Pyodide standard library archive for fresh starts (lib/runtime/interpreters/pyodide-files.ts), made at
// build time from the npm package's python_stdlib.zip. That one holds sources only, deflated: a start compiles
// the ~140 modules Pyodide and the `pyscript` package import before a page's first line runs, most of a fresh
// start's time. Ours adds their bytecode beside the sources, and stores every entry uncompressed so that brotli
// compresses the archive as a whole: it weighs about what the original does on the wire.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

/** Modules imported at start-up beyond Pyodide's own: everything lib/runtime/python needs from the stdlib. */
export const startupImports = ["json", "asyncio", "inspect", "binascii", "base64", "site", "importlib"];

const npmStdlib = join(createRequire(import.meta.url).resolve("pyodide/package.json"), "..", "python_stdlib.zip");

/** The archive's bytes. Reproducible: entries in the original order, with fixed timestamps. */
export async function makePyodideStdlib() {
  const pyodide = await loadPyodide({ stdLibURL: npmStdlib });
  pyodide.FS.writeFile("/tmp/stdlib.zip", new Uint8Array(readFileSync(npmStdlib)));
  pyodide.runPython(`
import sys
import ${startupImports.join(", ")}
# Whatever came from the archive by now is what every start imports (json's own submodules and the like).
imported = sorted({m.__file__.split(".zip/", 1)[1] for m in list(sys.modules.values()) if ".zip/" in (getattr(m, "__file__", None) or "")})

import importlib.util, marshal, zipfile
archive = "/lib/python%d%d.zip" % sys.version_info[:2]
with zipfile.ZipFile("/tmp/stdlib.zip") as source, zipfile.ZipFile("/tmp/ours.zip", "w", zipfile.ZIP_STORED) as target:
    for entry in source.infolist():
        data = source.read(entry)
        target.writestr(zipfile.ZipInfo(entry.filename, (1980, 1, 1, 0, 0, 0)), data)
        if entry.filename in imported:
            # Compiled under the name the source would have had: tracebacks read the same, source lines included.
            code = compile(data, f"{archive}/{entry.filename}", "exec", dont_inherit=True)
            # PEP 552, unchecked: zipimport takes the bytecode without comparing it with the source.
            pyc = importlib.util.MAGIC_NUMBER + (1).to_bytes(4, "little") + importlib.util.source_hash(data) + marshal.dumps(code)
            target.writestr(zipfile.ZipInfo(entry.filename + "c", (1980, 1, 1, 0, 0, 0)), pyc)
`);
  return pyodide.FS.readFile("/tmp/ours.zip");
}
