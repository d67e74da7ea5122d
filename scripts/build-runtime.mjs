// Bundles lib/runtime into dist/runtime/<hash>/ (core.js, core.css, worker.js when the workers side exists)
// plus dist/runtime/manifest.json, which lib/server/runtime-assets.ts reads to serve `/_runtime/<hash>/…`.
// The hash covers the bundle and both interpreter versions, so the immutable URLs change when any of them does.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gunzipSync, gzipSync } from "node:zlib";
import { build, transform } from "esbuild";
import { buildBuiltins } from "./build-worker.mjs";
import { patchMicroPythonModule } from "./micropython-module-patch.mjs";
import { makePyodideSnapshot } from "./pyodide-snapshot.mjs";
import { makePyodideStdlib } from "./pyodide-stdlib.mjs";
import { withoutCommentLines, withoutDocstrings } from "./python-embedded-source.mjs";
import { sabayonRequestPatch } from "./sabayon-request-patch.mjs";

const runtimeDir = "lib/runtime";
/** The `pyscript` package's folder; python/manifest.ts says how each of its modules ships. */
const pythonDir = join(runtimeDir, "python");
const outRoot = "dist/runtime";

/** A TypeScript module with no imports, run here (Node runs no TypeScript of its own). */
async function importTypeScript(path) {
  const { code } = await transform(readFileSync(path, "utf8"), { loader: "ts", format: "esm" });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
}

/**
 * The manifest's three lists with each module's source, after checking that they name every .py of the
 * package exactly once: a module missing from the manifest would silently never reach an interpreter.
 */
async function readPythonPackage() {
  const { startModules, onDemandModules, workerOnlyModules } = await importTypeScript(join(pythonDir, "manifest.ts"));
  const listed = [...startModules, ...onDemandModules, ...workerOnlyModules];
  const onDisk = readdirSync(pythonDir, { recursive: true }).map(String).filter((f) => f.endsWith(".py"));
  const unlisted = onDisk.filter((path) => !listed.includes(path));
  const missing = listed.filter((path) => !onDisk.includes(path));
  const twice = listed.filter((path, i) => listed.indexOf(path) !== i);
  if (unlisted.length || missing.length || twice.length) {
    throw new Error(`${pythonDir}/manifest.ts: not listed ${JSON.stringify(unlisted)}, no such file ${JSON.stringify(missing)}, listed twice ${JSON.stringify(twice)}`);
  }
  const read = (paths) => Object.fromEntries(paths.map((path) => [path, readFileSync(join(pythonDir, path), "utf8")]));
  // Embedded in the bundles that every page downloads: without their comment lines and docstrings.
  const embedded = (paths) =>
    Object.fromEntries(Object.entries(read(paths)).map(([path, source]) => [path, withoutDocstrings(withoutCommentLines(source, path))]));
  return { start: embedded(startModules), onDemand: read(onDemandModules), workerOnly: embedded(workerOnlyModules) };
}

/**
 * `import sources, { workerSources, onDemandNames } from "virtual:python-sources"`: the start modules, keyed by
 * their path, embedded in the bundle; the worker-only modules, which only worker.js imports (esbuild drops the
 * unused export from core.js); and the on-demand modules' paths as one string of names (`web/_page` for
 * `pyscript/web/_page.py`), shorter in the bundles than the list of paths.
 */
function pythonSources(python) {
  const onDemandNames = Object.keys(python.onDemand)
    .map((path) => path.replace(/^pyscript\//, "").replace(/\.py$/, ""))
    .join(" ");
  return {
    name: "python-sources",
    setup(b) {
      b.onResolve({ filter: /^virtual:python-sources$/ }, () => ({ path: "python-sources", namespace: "python" }));
      b.onLoad({ filter: /.*/, namespace: "python" }, () => {
        const contents = [
          `export default ${JSON.stringify(python.start)};`,
          `export const workerSources = ${JSON.stringify(python.workerOnly)};`,
          `export const onDemandNames = ${JSON.stringify(onDemandNames)};`,
        ].join("\n");
        return { contents, loader: "js" };
      });
    },
  };
}

/**
 * A running server keeps serving the hash it read at start-up, so a rebuild must not delete that folder
 * at once: keep the few newest builds, drop older ones.
 */
function pruneOldBuilds(current, keep = 4) {
  const builds = readdirSync(outRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{12}$/.test(entry.name) && entry.name !== current)
    .map((entry) => ({ name: entry.name, time: statSync(join(outRoot, entry.name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of builds.slice(keep - 1)) rmSync(join(outRoot, old.name), { recursive: true, force: true });
}

/** Files worth compressing, by engine folder (python_stdlib.zip is already compressed). */
const engineFiles = {
  pyodide: ["node_modules/pyodide", ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json"]],
  micropython: ["node_modules/@micropython/micropython-webassembly-pyscript", ["micropython.mjs", "micropython.wasm"]],
};

/**
 * Compressed copies beside each compressible file, served by lib/server/runtime-assets.ts: compressing once
 * here costs nothing per request and cuts a cold Pyodide load by ~7 MB.
 */
function precompress(dir) {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => /\.(js|css|py)$/.test(name))
    .map((name) => [join(dir, name), join(dir, name)]);
  for (const [engine, [folder, names]] of Object.entries(engineFiles)) {
    mkdirSync(join(dir, engine), { recursive: true });
    for (const name of names) files.push([join(folder, name), join(dir, engine, name)]);
  }
  for (const [source, target] of files) {
    if (existsSync(`${target}.gz`)) continue;
    if (target === join(dir, "micropython", "micropython.mjs")) {
      // Patched, so also kept as is: the server prefers this copy to the package's (lib/server/runtime-assets.ts).
      const patched = patchMicroPythonModule(readFileSync(source, "utf8"));
      writeFileSync(target, patched);
      writeCompressed(target, Buffer.from(patched));
    } else writeCompressed(target, readFileSync(source));
  }
}

/**
 * `<target>.br` and `<target>.gz`; the server picks what the browser accepts. `best`: brotli's slowest
 * setting and largest window, for a big file made rarely (a third less for the stdlib archive, ~30 s).
 */
function writeCompressed(target, bytes, { best = false } = {}) {
  const brotli = {
    [constants.BROTLI_PARAM_QUALITY]: best ? 11 : 9,
    ...(best ? { [constants.BROTLI_PARAM_LGWIN]: 24 } : {}),
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
  };
  writeFileSync(`${target}.br`, brotliCompressSync(bytes, { params: brotli }));
  writeFileSync(`${target}.gz`, gzipSync(bytes, { level: 9 }));
}

/**
 * engine-sizes.json: the decoded size of every file an interpreter loads on the page, by path below the
 * runtime folder, so the loading progress can say how far along it is (main/progress.ts).
 */
function engineSizes(snapshot, stdlib) {
  const sizeOf = (engine, name) => statSync(join(engineFiles[engine][0], name)).size;
  const decodedSize = (file) => gunzipSync(readFileSync(`${file}.gz`)).byteLength;
  return {
    pyodide: {
      ...Object.fromEntries([...engineFiles.pyodide[1], "python_stdlib.zip"].map((name) => [`pyodide/${name}`, sizeOf("pyodide", name)])),
      "pyodide-stdlib.zip": decodedSize(stdlib),
      "pyodide-snapshot.bin": decodedSize(snapshot),
    },
    micropython: Object.fromEntries(engineFiles.micropython[1].map((name) => [`micropython/${name}`, sizeOf("micropython", name)])),
  };
}

/** Lazily loaded chunks beside core.js: name -> entry below lib/runtime. */
const lazyChunks = {
  xterm: "lazy/xterm.ts",
  editor: "lazy/editor.ts",
  "config-parser": "lazy/config-parser.ts",
  "config-install": "packages/config-install.ts",
  toml: "lazy/toml.ts",
  donkey: "lazy/js-api/donkey.ts",
  "python-bridge": "lazy/js-api/bridge.ts",
};

/** Modules pages import by URL themselves (the preview rewrites PyScript's URLs of them): name -> entry. */
const publicModules = { storage: "storage-module.ts", bridge: "bridge-module.ts" };

/**
 * dist/runtime/<hash>/pyodide-stdlib.zip(.br|.gz), our standard library archive (scripts/pyodide-stdlib.mjs).
 * It changes only with Pyodide's release or its script, so one copy in dist/runtime/cache/ serves every build.
 */
async function pyodideStdlib(dir) {
  const key = createHash("sha256").update(readFileSync("scripts/pyodide-stdlib.mjs")).update(packageVersion("pyodide")).digest("hex").slice(0, 12);
  const cached = join(outRoot, "cache", `pyodide-stdlib-${key}.zip`);
  if (!existsSync(`${cached}.gz`)) {
    mkdirSync(join(outRoot, "cache"), { recursive: true });
    writeCompressed(cached, await makePyodideStdlib(), { best: true });
  }
  const target = join(dir, "pyodide-stdlib.zip");
  for (const suffix of [".br", ".gz"]) if (!existsSync(target + suffix)) copyFileSync(cached + suffix, target + suffix);
  return target;
}

function packageVersion(name) {
  return JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")).version;
}

export async function buildRuntime() {
  const python = await readPythonPackage();
  const entryPoints = { core: join(runtimeDir, "index.ts") };
  if (existsSync(join(runtimeDir, "worker/index.ts"))) entryPoints.worker = join(runtimeDir, "worker/index.ts");
  // Chunks core.js imports by URL only when a page uses them, so other pages never load them.
  for (const [name, file] of Object.entries({ ...lazyChunks, ...publicModules })) entryPoints[name] = join(runtimeDir, file);
  const result = await build({
    entryPoints,
    bundle: true,
    write: false,
    format: "esm",
    target: "es2022",
    minify: true,
    outdir: "out",
    plugins: [pythonSources(python), sabayonRequestPatch],
    // xterm's stylesheet travels inside its chunk, injected when a terminal is made.
    // The donkey's and the bridge's Python travel inside their chunks, as text.
    loader: { ".css": "text", ".py": "text" },
    logLevel: "warning",
  });
  const css = await build({ entryPoints: [join(runtimeDir, "core.css")], bundle: true, minify: true, write: false, outdir: "out", logLevel: "warning" });
  const outputs = [...result.outputFiles, ...css.outputFiles].map((file) => ({ name: relative("out", file.path), contents: file.contents }));
  for (const [path, source] of Object.entries(python.onDemand)) outputs.push({ name: join("python", path), contents: Buffer.from(source) });
  const hash = createHash("sha256");
  for (const { name, contents } of outputs) hash.update(name).update(contents);
  hash.update(readFileSync("scripts/pyodide-snapshot.mjs")).update(readFileSync("scripts/pyodide-stdlib.mjs")).update(readFileSync("scripts/micropython-module-patch.mjs"));
  hash.update(`pyodide@${packageVersion("pyodide")} micropython@${packageVersion("@micropython/micropython-webassembly-pyscript")}`);
  const version = hash.digest("hex").slice(0, 12);

  mkdirSync(join(outRoot, version), { recursive: true });
  pruneOldBuilds(version);
  for (const { name, contents } of outputs) {
    mkdirSync(join(outRoot, version, name, ".."), { recursive: true });
    writeFileSync(join(outRoot, version, name), contents);
  }
  precompress(join(outRoot, version));
  const stdlib = await pyodideStdlib(join(outRoot, version));
  const snapshot = join(outRoot, version, "pyodide-snapshot.bin");
  if (!existsSync(`${snapshot}.gz`)) writeCompressed(snapshot, await makePyodideSnapshot());
  writeFileSync(join(outRoot, version, "engine-sizes.json"), JSON.stringify(engineSizes(snapshot, stdlib)));
  const files = [...outputs.map((o) => o.name), "pyodide-stdlib.zip", "pyodide-snapshot.bin", "engine-sizes.json"];
  const manifest = { hash: version, files: files.sort() };
  // /mini-coi.js and /sw.js are served at each preview's root, not under the immutable hashed folder.
  await buildBuiltins(join(outRoot, "builtins"));
  writeFileSync(join(outRoot, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`runtime: ${outRoot}/${version}/ (${outputs.map((o) => `${o.name} ${(o.contents.byteLength / 1024).toFixed(1)} kB`).join(", ")})`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) await buildRuntime();
