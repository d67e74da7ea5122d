import pythonSources, { onDemandNames } from "virtual:python-sources";
import type { Engine } from "../interpreters/engine";
import { resolvePaths } from "../ffi/js-path";
import { parsePlain } from "../ffi/plain-data";

/**
 * Writes the start modules of the `pyscript` package (embedded in the bundle at build time, see manifest.ts)
 * into the interpreter's site folder, so `import pyscript` works the same on both engines and in workers.
 *
 * The on-demand modules (`pyscript.web`…) are not in the bundle: a page that never imports them never
 * downloads them. Each gets a two-line stand-in that, when first imported, reads the real source from
 * `<runtime>/python/<path>` and runs it as that module.
 */
export function installPyscriptPackage(engine: Engine, runtimeBase: string): void {
  for (const [path, source] of Object.entries(pythonSources)) engine.writeFile(`${engine.sitePackages}/${path}`, source);
  // pyscript/ffi_transfer.py on JavaScript objects of its own thread (a worker's page objects go through its dom-bridge).
  engine.registerJsModule("_pyscript_ffi", {
    gather: (root: unknown, ...paths: string[]) => resolvePaths(root, paths),
    plain: parsePlain,
  });
  engine.registerJsModule("_pyscript_on_demand", { source: (path: string) => readOnDemandSource(runtimeBase, path) });
  for (const name of onDemandNames.split(" ")) {
    const path = `pyscript/${name}.py`;
    const stub = `import _pyscript_on_demand\nexec(compile(_pyscript_on_demand.source(${JSON.stringify(path)}), ${JSON.stringify(path)}, "exec"), globals())\n`;
    engine.writeFile(`${engine.sitePackages}/${path}`, stub);
  }
}

/**
 * Import is synchronous, so the source is read with a synchronous request: the file is immutable and cached
 * by the browser after its first use (`Cache-Control: immutable`), so only a page's first import of it waits
 * for the network. A failure becomes source that raises ImportError, as a failed import should, not the
 * request's JavaScript exception.
 */
function readOnDemandSource(runtimeBase: string, path: string): string {
  const request = new XMLHttpRequest();
  let status = 0;
  try {
    request.open("GET", new URL(`python/${path}`, runtimeBase).href, false);
    request.send();
    status = request.status;
  } catch {
    // a network error: status stays 0
  }
  if (status === 200) return request.responseText;
  return `raise ImportError(${JSON.stringify(`could not load ${path} from the server (${status ? `HTTP ${status}` : "network error"})`)})\n`;
}
