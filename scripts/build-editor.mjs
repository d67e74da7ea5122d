// Bundles the code editor into public/_editor/, served by our own server and loaded by the workbench with
// a native dynamic import only when an editor page opens: Monaco (its editor features, the grammars for
// Python, HTML, CSS, JavaScript, JSON and TOML, split into lazy chunks), its workers, and the Ruff worker
// with its wasm. Keeping it out of Next's bundler keeps the editor page's first JS small.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";

const outDir = "public/_editor";
const require = createRequire(import.meta.url);
const monacoEditorDir = resolve("node_modules/monaco-editor/esm/vs/editor");
const ruffDir = dirname(require.resolve("@astral-sh/ruff-wasm-web"));
const common = { bundle: true, minify: true, target: "es2022", format: "esm", logLevel: "warning", legalComments: "none" };

/**
 * Monaco's own editor.main.js minus its language list (which would pull in the TypeScript service and
 * its 6 MB worker): every editor feature it imports, then only the languages a PyScript project uses.
 */
function monacoEntry() {
  const features = readFileSync(join(monacoEditorDir, "editor.main.js"), "utf8")
    .split("\n")
    .filter((line) => /^import '\.\.?\//.test(line) && !line.includes("/languages/"));
  const languages = ["definitions/python", "definitions/html", "definitions/css", "definitions/javascript", "features/json"];
  return [
    ...features,
    ...languages.map((language) => `import '../languages/${language}/register.js';`),
    `import * as api from './editor.api.js';`,
    `import { setupMonaco } from ${JSON.stringify(resolve("lib/editor/monaco-setup.ts"))};`,
    `setupMonaco(api, new URL('.', import.meta.url).pathname.replace(/\\/$/, ''));`,
    `export * from './editor.api.js';`,
  ].join("\n");
}

export async function buildEditor() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    ...common,
    stdin: { contents: monacoEntry(), resolveDir: monacoEditorDir, sourcefile: "monaco.js", loader: "js" },
    outdir: outDir,
    entryNames: "monaco",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    splitting: true,
    loader: { ".ttf": "file" },
  });
  await build({
    ...common,
    entryPoints: {
      "editor.worker": join(monacoEditorDir, "editor.worker.js"),
      "json.worker": join(monacoEditorDir, "../languages/features/json/json.worker.js"),
      "ruff.worker": "lib/editor/ruff.worker.ts",
    },
    outdir: outDir,
  });
  copyFileSync(join(ruffDir, "ruff_wasm_bg.wasm"), join(outDir, "ruff_wasm_bg.wasm"));
}

if (import.meta.url === `file://${process.argv[1]}`) await buildEditor();
