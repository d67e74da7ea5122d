/**
 * When each module of the `pyscript` package (python/pyscript/) reaches an interpreter. The build
 * (scripts/build-runtime.mjs) ships each module as its list says and fails on a module listed nowhere or
 * twice; the loaders (python/install.ts, worker/index.ts) read what the build made of it.
 */
type ModulePath = `pyscript/${string}.py`;

/**
 * Embedded in core.js and worker.js and written into every interpreter before user code: what `import pyscript`
 * runs, and the stand-ins of the names that are both an API and a module path (see `__init__.py`).
 */
export const startModules: readonly ModulePath[] = [
  "pyscript/__init__.py",
  "pyscript/_errors.py",
  "pyscript/display.py",
  "pyscript/display_impl.py",
  "pyscript/events.py",
  "pyscript/fetch.py",
  "pyscript/ffi.py",
  "pyscript/js_modules.py",
  "pyscript/storage.py",
  "pyscript/workers.py",
];

/**
 * Served beside core.js (`<runtime>/python/<path>`, immutable) and fetched the first time a script imports
 * one, so a page that never imports `pyscript.web` never downloads it.
 */
export const onDemandModules: readonly ModulePath[] = [
  "pyscript/context.py",
  "pyscript/event.py",
  "pyscript/fetch_impl.py",
  "pyscript/ffi_transfer.py",
  "pyscript/fs.py",
  "pyscript/imports.py",
  "pyscript/js_modules_impl.py",
  "pyscript/media.py",
  "pyscript/storage_impl.py",
  "pyscript/util.py",
  // pyscript.web, by job (web/__init__.py says which module holds what); importing it fetches them all.
  "pyscript/web/__init__.py",
  "pyscript/web/_canvas_video.py",
  "pyscript/web/_classes_style.py",
  "pyscript/web/_collection.py",
  "pyscript/web/_element.py",
  "pyscript/web/_options.py",
  "pyscript/web/_page.py",
  "pyscript/web/_tags.py",
  "pyscript/web/_wrapping.py",
  "pyscript/websocket.py",
  "pyscript/workers_impl.py",
];

/** Embedded in worker.js alone and written into worker interpreters: core.js does not carry them. */
export const workerOnlyModules: readonly ModulePath[] = ["pyscript/_worker_dom.py"];
