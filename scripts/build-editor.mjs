// Bundles the code editor into public/_editor/, served by our own server and loaded by the workbench with
// a native dynamic import only when an editor page opens: Monaco (the editor features we use, with the
// grammars for Python, HTML, CSS, JavaScript and JSON, the diff editor, the quick input and the editor
// worker's fallback split into chunks loaded when first needed; TOML's grammar is in the entry), its
// workers, and the Ruff worker with its wasm. Keeping it out of Next's bundler keeps the editor page's first
// JS small, and what loads before typing is what typing needs.
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
 * The editor features a playground uses, from Monaco's editor.main.js list (paths under vs/editor), with
 * F1's command palette and Ctrl+G's "go to line", Monaco's own keys that people who know the editor press
 * (the quick input they open is a chunk of its own, see lib/editor/monaco-internals/). Left out: what needs a
 * language service we do not have (go to definition, rename, references, code lens, inlay hints, semantic
 * tokens, parameter hints, code actions), inline completions, sticky scroll, colour pickers, drag-and-drop,
 * paste-as, links, the other quick pickers and the GPU renderer; each costs bytes before typing. The diff
 * editor is not here: lib/editor/monaco-internals/diff-editor.js brings it when the Versions dialog shows a diff.
 */
const features = [
  "browser/coreCommands.js",
  "browser/widget/codeEditor/codeEditorWidget.js",
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
  "standalone/browser/quickAccess/standaloneCommandsQuickAccess.js",
  "standalone/browser/quickAccess/standaloneGotoLineQuickAccess.js",
];
const languages = ["definitions/python", "definitions/html", "definitions/css", "definitions/javascript", "features/json"];

/**
 * What the diff editor's chunk registers but must be registered before the first editor starts: Monaco takes
 * the list of services once, and writes the theme's colours when the theme is set. The build fails if a lazy
 * chunk registers such things (see checkChunks).
 */
const registeredEarly = [
  "browser/widget/diffEditor/diffProviderFactoryService.js",
  "browser/widget/diffEditor/registrations.contribution.js",
  "../platform/actions/browser/actionViewItemService.js",
];

const internals = (file) => resolve("lib/editor/monaco-internals", file);

/**
 * The entry: the features, languages and early registrations above, every stylesheet of the bundle
 * (`styles`, lazy chunks' included, see monacoStyles), Monaco's API with our setup, `loadDiffEditor` for
 * the Versions dialog, and `loadQuickInput`, which the editor page calls once idle.
 */
function monacoEntry(styles) {
  return [
    ...features.map((feature) => `import './${feature}';`),
    `import '../base/browser/ui/codicons/codicon/codicon.css';`,
    `import '../base/browser/ui/codicons/codicon/codicon-modifiers.css';`,
    ...languages.map((language) => `import '../languages/${language}/register.js';`),
    ...registeredEarly.map((module) => `import './${module}';`),
    `import * as api from './editor.api.js';`,
    ...styles.map((path) => `import ${JSON.stringify(path)};`),
    `import { setupMonaco } from ${JSON.stringify(resolve("lib/editor/monaco-setup.ts"))};`,
    `setupMonaco(api, new URL('.', import.meta.url).pathname.replace(/\\/$/, ''));`,
    `export * from './editor.api.js';`,
    `export const loadDiffEditor = () => import(${JSON.stringify(internals("diff-editor.js"))});`,
    `export { loadQuickInput } from ${JSON.stringify(internals("quick-input-on-demand.js"))};`,
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
 * on or call: the multi-file diff editor, the GPU renderer (experimentalGpuAcceleration stays off), tree-sitter
 * tokens (no language of ours has a tree-sitter grammar), the services of semantic tokens and inline
 * completions (registered, never asked for), the observables' developer-tools logger, the select box of menu
 * items no menu of ours has, and what the hover and clipboard contributions import for features left out
 * above: go to definition on Ctrl+hover (the hover's "definition preview" action finds none), colour
 * decorations and their picker, the code actions menu of a diagnostic's quick fixes (no language of ours offers
 * any) and paste-as, and the hover parts of inlay hints and inline completions. Each becomes a module with the
 * same export names whose class throws if it is ever constructed, so a use we did not foresee fails loudly
 * instead of silently.
 */
const leftOutModules = [
  "editor/browser/widget/multiDiffEditor/multiDiffEditorWidget.js",
  "editor/browser/gpu/viewGpuContext.js",
  "editor/browser/viewParts/viewLinesGpu/viewLinesGpu.js",
  "editor/browser/viewParts/rulersGpu/rulersGpu.js",
  "editor/browser/viewParts/gpuMark/gpuMark.js",
  "editor/common/model/tokens/treeSitter/treeSitterSyntaxTokenBackend.js",
  "editor/common/services/semanticTokensStylingService.js",
  "editor/browser/services/inlineCompletionsService.js",
  "base/common/observableInternal/logging/debugger/devToolsLogger.js",
  "base/browser/ui/selectBox/selectBox.js",
  "editor/contrib/gotoSymbol/browser/link/goToDefinitionAtPosition.js",
  "editor/contrib/colorPicker/browser/colorDetector.js",
  "editor/contrib/colorPicker/browser/hoverColorPicker/hoverColorPickerParticipant.js",
  "editor/contrib/codeAction/browser/codeActionController.js",
  "editor/contrib/dropOrPasteInto/browser/copyPasteController.js",
  "editor/contrib/inlayHints/browser/inlayHintsHover.js",
  "editor/contrib/inlineCompletions/browser/hintsWidget/inlineCompletionsHintsWidget.js",
];

/**
 * Modules that one Monaco module imports, replaced for that importer only. standaloneServices.js, which
 * registers every service an editor may ask for, gets the quick input service that loads the quick input's
 * chunk on first use, and no list service (left out as above): only the quick input's lists use one, and its
 * chunk gives them their own (quick-input.js); either would bring the quick input's and the workbench's lists
 * and trees before typing. The editor worker service gets the code it runs on the page when the worker cannot
 * start as a chunk loaded only then.
 */
const servicesModule = "editor/standalone/browser/standaloneServices.js";
const replacedImports = [
  { importer: servicesModule, module: "editor/standalone/browser/quickInput/standaloneQuickInputService.js", by: internals("quick-input-on-demand.js") },
  { importer: servicesModule, module: "platform/list/browser/listService.js", by: "left out" },
  { importer: "editor/browser/services/editorWorkerService.js", module: "editor/common/services/editorWebWorker.js", by: internals("editor-worker-on-page.js") },
];

/**
 * Classes that extend a large class only a lazy chunk brings: the standalone diff editor (the diff editor's
 * widget, diff-editor.js) and the quick input of one editor (the quick input, quick-input.js). Their module
 * loads without the base class and exports `define<Class>(base)`, which the chunk calls; until then the
 * class throws if constructed.
 */
const lazyClasses = [
  { module: "editor/standalone/browser/standaloneCodeEditor.js", name: "StandaloneDiffEditor2", base: "DiffEditorWidget" },
  { module: "editor/standalone/browser/quickInput/standaloneQuickInputService.js", name: "EditorScopedQuickInputService", base: "QuickInputService" },
];

/** Modules of the lazy chunks: if one of them is in what loads before typing, the build fails. */
const lazyModules = [
  "editor/browser/widget/diffEditor/diffEditorWidget.js",
  "platform/quickinput/browser/quickInputService.js",
  "platform/list/browser/listService.js",
  "editor/common/services/editorWebWorker.js",
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

/**
 * A left-out module: its export names bound to a class that throws if constructed. Editor contributions are
 * looked up with `X.get(editor)`; a left-out one is never registered, so, as Monaco's own `get` would, the
 * stub finds none.
 */
function leftOutStub(module, path) {
  const names = exportedNames(readFileSync(path, "utf8"));
  if (names.length === 0) throw new Error(`${module} exports nothing we can recognise: check it against this Monaco version`);
  return [
    `class LeftOut { static get() { return null; } constructor() { throw new Error(${JSON.stringify(`${module} is left out of this editor build`)}); } }`,
    `export { ${names.map((name) => `LeftOut as ${name}`).join(", ")} };`,
  ].join("\n");
}

/** `source` with `name`'s definition moved into an exported `define<name>(base)` (see lazyClasses). */
function defineLater(source, { module, name, base }) {
  const baseImport = new RegExp(`^import \\{ ${base} \\} from '[^']*';\\n`, "m");
  const definition = new RegExp(`^let ${name} = (class ${name} extends ${base} \\{[\\s\\S]*?^\\], ${name}\\);)$`, "m");
  if (!baseImport.test(source) || !definition.test(source)) {
    throw new Error(`${module}: ${name} no longer extends ${base} as lazyClasses expects: check it against this Monaco version`);
  }
  const withoutBase = source.replace(baseImport, "");
  if (new RegExp(`\\b${base}\\b`).test(withoutBase.replace(definition, ""))) throw new Error(`${module} uses ${base} outside ${name}: it cannot wait for a chunk`);
  return withoutBase.replace(definition, (_, definedClass) =>
    [
      `let ${name} = class { constructor() { throw new Error(${JSON.stringify(`${name} is defined when its chunk loads`)}); } };`,
      `export function define${name}(${base}) {`,
      `${name} = ${definedClass}`,
      `}`,
    ].join("\n"),
  );
}

const monacoPath = (path) => path.replaceAll("\\", "/").match(/\/monaco-editor\/esm\/vs\/(.*)$/)?.[1];

/**
 * Applies leftOutModules, replacedImports and lazyClasses. A Monaco upgrade that moves one of them would
 * otherwise quietly ship it again, so the build fails if one was not applied.
 */
const trimMonaco = {
  name: "monaco-trim",
  setup(b) {
    const applied = new Set();
    const byImporter = new Map(replacedImports.map((replaced) => [`${replaced.importer} ${replaced.module}`, replaced]));
    const importers = new Set(replacedImports.map((replaced) => replaced.importer));
    b.onResolve({ filter: /^\./ }, async (args) => {
      const importer = monacoPath(args.importer);
      if (!importers.has(importer) || args.pluginData?.replacing) return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { replacing: true } });
      const replaced = byImporter.get(`${importer} ${monacoPath(resolved.path)}`);
      if (!replaced) return resolved;
      applied.add(replaced);
      return replaced.by === "left out" ? { path: resolved.path, namespace: "monaco-left-out" } : { path: replaced.by };
    });
    b.onLoad({ filter: /.*/, namespace: "monaco-left-out" }, (args) => ({
      contents: leftOutStub(monacoPath(args.path), args.path),
      loader: "js",
    }));
    b.onLoad({ filter: /[\\/]monaco-editor[\\/]esm[\\/]vs[\\/].*\.js$/ }, (args) => {
      const module = monacoPath(args.path);
      if (leftOutModules.includes(module)) {
        applied.add(module);
        return { contents: leftOutStub(module, args.path), loader: "js" };
      }
      const lazy = lazyClasses.find((candidate) => candidate.module === module);
      if (!lazy) return undefined;
      applied.add(lazy);
      return { contents: defineLater(readFileSync(args.path, "utf8"), lazy), loader: "js", resolveDir: dirname(args.path) };
    });
    b.onEnd((result) => {
      if (result.errors.length) return;
      const missed = [...leftOutModules, ...replacedImports, ...lazyClasses].filter((item) => !applied.has(item));
      if (missed.length) throw new Error(`not in Monaco's module graph any more: ${JSON.stringify(missed)}; update scripts/build-editor.mjs`);
    });
  },
};

const monacoOptions = (styles) => ({
  ...common,
  stdin: { contents: monacoEntry(styles), resolveDir: monacoEditorDir, sourcefile: "monaco.js", loader: "js" },
  outdir: outDir,
  entryNames: "monaco-[hash]",
  chunkNames: "chunks/[name]-[hash]",
  assetNames: "assets/[name]-[hash]",
  splitting: true,
  metafile: true,
  loader: { ".ttf": "file" },
  plugins: [workersWithoutFeatures, trimMonaco],
});

/**
 * Every stylesheet the bundle imports, lazy chunks' included: the entry imports them all, so the one
 * stylesheet the editor page preloads also styles the diff editor and the quick input (esbuild would give a
 * lazy chunk a stylesheet of its own, repeating all of Monaco's styles that it imports too).
 */
async function monacoStyles() {
  const { metafile } = await build({ ...monacoOptions([]), write: false });
  return Object.keys(metafile.inputs).filter((path) => path.endsWith(".css")).map((path) => resolve(path));
}

/** A service, colour or theme rule registered as a module loads (what must not wait for a lazy chunk). */
const lateRegistration = /^(?:const [\w$]+ = )?(?:registerSingleton|registerColor|registerThemingParticipant)\(/m;

/** The outputs the entry loads before anything else is asked for: itself and the chunks it imports, transitively. */
function loadedFirst(outputs, entry) {
  const loaded = new Set([entry]);
  for (const path of loaded) {
    for (const imported of outputs[path].imports) if (imported.kind === "import-statement") loaded.add(imported.path);
  }
  return [...loaded];
}

/** The source files that went into `outputs` (stubs, named "namespace:path", are not the file at that path). */
const sourcesOf = (metafile, outputs) =>
  outputs.flatMap((path) => Object.keys(metafile.outputs[path].inputs)).filter((input) => !/^[\w-]+:/.test(input));

/**
 * Fails the build if the split does not hold: a lazy chunk's module loaded before typing, a lazy chunk
 * registering what must be registered from the start, or a stylesheet missing from the entry's.
 */
function checkChunks(metafile, loaded, stylesheet) {
  const early = sourcesOf(metafile, loaded).map(monacoPath);
  const eager = lazyModules.filter((module) => early.includes(module));
  if (eager.length) throw new Error(`loaded before typing, although a lazy chunk should bring them: ${eager.join(", ")}`);
  const later = Object.keys(metafile.outputs).filter((path) => path.endsWith(".js") && !loaded.includes(path));
  const late = sourcesOf(metafile, later).filter((input) => input.endsWith(".js") && lateRegistration.test(readFileSync(input, "utf8")));
  if (late.length) throw new Error(`registered by a lazy chunk, too late (see registeredEarly): ${[...new Set(late)].join(", ")}`);
  const unstyled = Object.keys(metafile.inputs).filter((path) => path.endsWith(".css") && !(path in metafile.outputs[stylesheet].inputs));
  if (unstyled.length) throw new Error(`not in the editor's stylesheet: ${unstyled.join(", ")}`);
}

/**
 * monaco.js is a stable name (revalidated on each load) that only re-exports the content-hashed entry and
 * names its stylesheet; every hashed file is cached forever. manifest.json lists what the editor page
 * preloads in its head, so Monaco downloads while the page itself loads: the entry and every chunk it
 * imports, not the chunks loaded on demand (languages, the diff editor, the quick input).
 */
function writeEntry(metafile) {
  const [entry, entryOutput] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint?.endsWith("monaco.js"));
  const loaded = loadedFirst(metafile.outputs, entry);
  checkChunks(metafile, loaded, entryOutput.cssBundle);
  const modules = loaded.map((path) => relative(outDir, path));
  const stylesheet = relative(outDir, entryOutput.cssBundle);
  writeFileSync(join(outDir, "monaco.js"), `export * from "./${modules[0]}";\nexport const stylesheet = new URL("./${stylesheet}", import.meta.url).href;\n`);
  writeFileSync(join(outDir, "manifest.json"), JSON.stringify({ modules, stylesheet }, null, 2));
}

export async function buildEditor() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const { metafile } = await build(monacoOptions(await monacoStyles()));
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
