// Bundles the code editor into public/_editor/, served by our own server and loaded by the workbench with
// a native dynamic import only when an editor page opens: Monaco (the editor features we use, the grammars
// for Python, HTML, CSS, JavaScript, JSON and TOML, split into lazy chunks), its workers, and the Ruff worker
// with its wasm. Keeping it out of Next's bundler keeps the editor page's first JS small.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { build } from "esbuild";

const outDir = "public/_editor";
const require = createRequire(import.meta.url);
const monacoEditorDir = resolve("node_modules/monaco-editor/esm/vs/editor");
const ruffDir = dirname(require.resolve("@astral-sh/ruff-wasm-web"));
const common = { bundle: true, minify: true, target: "es2022", format: "esm", logLevel: "warning", legalComments: "none" };

/**
 * The editor features a playground uses, from Monaco's editor.main.js list (paths under vs/editor). Left
 * out: what needs a language service we do not have (go to definition, rename, references, code lens, inlay
 * hints, semantic tokens, parameter hints, code actions), inline completions, sticky scroll, colour pickers,
 * drag-and-drop, links, the command palette and the GPU renderer; each costs bytes before typing.
 */
const features = [
  "browser/coreCommands.js",
  "browser/widget/codeEditor/codeEditorWidget.js",
  "browser/widget/diffEditor/diffEditor.contribution.js",
  "contrib/bracketMatching/browser/bracketMatching.js",
  "contrib/caretOperations/browser/caretOperations.js",
  "contrib/caretOperations/browser/transpose.js",
  "contrib/clipboard/browser/clipboard.js",
  "contrib/comment/browser/comment.js",
  "contrib/contextmenu/browser/contextmenu.js",
  "contrib/cursorUndo/browser/cursorUndo.js",
  "../features/find/register.js",
  "contrib/folding/browser/folding.js",
  "contrib/format/browser/formatActions.js",
  "contrib/gotoError/browser/gotoError.js",
  "contrib/hover/browser/hoverContribution.js",
  "contrib/indentation/browser/indentation.js",
  "contrib/lineSelection/browser/lineSelection.js",
  "contrib/linesOperations/browser/linesOperations.js",
  "contrib/multicursor/browser/multicursor.js",
  "contrib/readOnlyMessage/browser/contribution.js",
  "contrib/smartSelect/browser/smartSelect.js",
  "contrib/snippet/browser/snippetController2.js",
  "contrib/suggest/browser/suggestController.js",
  "contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js",
  "contrib/tokenization/browser/tokenization.js",
  "contrib/wordHighlighter/browser/wordHighlighter.js",
  "contrib/wordOperations/browser/wordOperations.js",
  "contrib/wordPartOperations/browser/wordPartOperations.js",
  "common/standaloneStrings.js",
];
const languages = ["definitions/python", "definitions/html", "definitions/css", "definitions/javascript", "features/json"];

function monacoEntry() {
  return [
    ...features.map((feature) => `import './${feature}';`),
    `import '../base/browser/ui/codicons/codicon/codicon.css';`,
    `import '../base/browser/ui/codicons/codicon/codicon-modifiers.css';`,
    ...languages.map((language) => `import '../languages/${language}/register.js';`),
    `import * as api from './editor.api.js';`,
    `import { setupMonaco } from ${JSON.stringify(resolve("lib/editor/monaco-setup.ts"))};`,
    `setupMonaco(api, new URL('.', import.meta.url).pathname.replace(/\\/$/, ''));`,
    `export * from './editor.api.js';`,
  ].join("\n");
}

/**
 * Monaco's internal/common/workers.js (what the JSON language uses to start its worker) imports every
 * editor feature for its side effects; only its createWebWorker is needed, so those imports are dropped.
 */
const workersWithoutFeatures = {
  name: "monaco-workers-without-features",
  setup(b) {
    b.onLoad({ filter: /[\\/]vs[\\/]internal[\\/]common[\\/]workers\.js$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/^import '[^']*';$/gm, ""),
      loader: "js",
    }));
  },
};

/**
 * Monaco modules that editor.api.js or a feature above imports but that only run for something we never turn
 * on or call: the multi-file diff editor, the GPU renderer (experimentalGpuAcceleration stays off) and the
 * hover parts of inlay hints and inline completions. Each becomes a module with the same export names whose
 * class throws if it is ever constructed, so a use we did not foresee fails loudly instead of silently. The
 * quick input stays, although it is large: F1's command palette and Ctrl+G's "go to line" are Monaco's own
 * keys, which people who know the editor press.
 */
const leftOutModules = [
  "editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js",
  "editor/browser/gpu/viewGpuContext.js",
  "editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js",
  "editor/browser/viewParts/rulersGpu/rulersGpu.js",
  "editor/browser/viewParts/gpuMark/gpuMark.js",
  "editor/contrib/inlayHints/browser/inlayHintsHover.js",
  "editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js",
];

/** The names a Monaco ESM module exports (its `export class|function|const X` and `export { a as b }`). */
function exportedNames(source) {
  const names = new Set();
  for (const [, name] of source.matchAll(/^export (?:async )?(?:class|function\*?|const|let|var) ([\w$]+)/gm)) names.add(name);
  for (const [, list] of source.matchAll(/^export \{([^}]*)\}/gm)) {
    for (const item of list.split(",")) if (item.trim()) names.add(item.trim().split(/\s+as\s+/).pop());
  }
  return [...names];
}

const leaveOut = {
  name: "monaco-left-out-modules",
  setup(b) {
    const replaced = new Set();
    b.onLoad({ filter: /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/].*\.js$/ }, (args) => {
      const module = leftOutModules.find((path) => args.path.replaceAll("\\", "/").endsWith(`/vs/${path}`));
      if (!module) return undefined;
      replaced.add(module);
      const names = exportedNames(readFileSync(args.path, "utf8"));
      if (names.length === 0) throw new Error(`${module} exports nothing we can recognise: check leftOutModules against this Monaco version`);
      return {
        contents: [
          `class LeftOut { constructor() { throw new Error(${JSON.stringify(`${module} is left out of this editor build`)}); } }`,
          `export { ${names.map((name) => `LeftOut as ${name}`).join(", ")} };`,
        ].join("\n"),
        loader: "js",
      };
    });
    // A Monaco upgrade that moves one of them would otherwise quietly ship it again.
    b.onEnd(() => {
      const missed = leftOutModules.filter((module) => !replaced.has(module));
      if (missed.length) throw new Error(`not in Monaco's module graph any more: ${missed.join(", ")}; update leftOutModules`);
    });
  },
};

/**
 * monaco.js is a stable name (revalidated on each load) that only re-exports the content-hashed entry and
 * names its stylesheet; every hashed file is cached forever. manifest.json lists what the editor page
 * preloads in its head, so Monaco downloads while the page itself loads.
 */
function writeEntry(metafile) {
  const outputs = Object.entries(metafile.outputs).map(([path, output]) => [relative(outDir, path), output]);
  const [entry, entryOutput] = outputs.find(([, output]) => output.entryPoint !== undefined && output.entryPoint.endsWith("monaco.js"));
  const modules = [entry, ...entryOutput.imports.filter((i) => i.kind === "import-statement").map((i) => relative(outDir, i.path))];
  const stylesheet = relative(outDir, entryOutput.cssBundle);
  writeFileSync(
    join(outDir, "monaco.js"),
    `export * from "./${entry}";\nexport const stylesheet = new URL("./${stylesheet}", import.meta.url).href;\n`,
  );
  writeFileSync(join(outDir, "manifest.json"), JSON.stringify({ modules, stylesheet }, null, 2));
}

export async function buildEditor() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { metafile } = await build({
    ...common,
    stdin: { contents: monacoEntry(), resolveDir: monacoEditorDir, sourcefile: "monaco.js", loader: "js" },
    outdir: outDir,
    entryNames: "monaco-[hash]",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    splitting: true,
    metafile: true,
    loader: { ".ttf": "file" },
    plugins: [workersWithoutFeatures, leaveOut],
  });
  writeEntry(metafile);
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
