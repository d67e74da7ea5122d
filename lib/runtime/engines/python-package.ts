import pythonSources from "virtual:python-sources";
import type { Engine } from "./engine";

/**
 * Writes lib/runtime/python/** (embedded in the bundle at build time, see scripts/build-runtime.mjs) into
 * the interpreter's site folder, so `import pyscript` works the same on both engines and in workers.
 */
export function installPyscriptPackage(engine: Engine): void {
  for (const [path, source] of Object.entries(pythonSources)) engine.writeFile(`${engine.sitePackages}/${path}`, source);
}
