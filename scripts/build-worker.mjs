// Worker-side bundles, called by build-runtime.mjs: the worker entry next to core.js, and the two
// built-in service workers the preview serves at /mini-coi.js and /sw.js when a project has none.
import { build } from "esbuild";
import { join } from "node:path";

const common = { bundle: true, minify: true, target: "es2022", logLevel: "warning", legalComments: "none" };

/** Builds `worker.js` (ESM, loaded with `new Worker(url, { type: "module" })`) into the runtime folder. */
export async function buildWorkerBundle(outDir) {
  await build({ ...common, entryPoints: ["lib/runtime/worker/index.ts"], outfile: join(outDir, "worker.js"), format: "esm" });
}

/** Builds the built-ins as classic scripts: a service worker registered without `type: "module"` must be one. */
export async function buildBuiltins(outDir) {
  await build({
    ...common,
    entryPoints: { "mini-coi": "lib/runtime/builtins/mini-coi.ts", sw: "lib/runtime/builtins/sw.ts" },
    outdir: outDir,
    format: "iife",
  });
}
