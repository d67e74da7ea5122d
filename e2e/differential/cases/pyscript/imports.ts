import type { DiffCase } from "../../case";

/**
 * Every top-level name of `pyscript`, reached in several ways and orders, on a package other cases have
 * already used: what each turns out to be ("module", "class", "callable" or the type of a plain value).
 */
const kind = `def kind(value):
    import sys
    if type(value) is type(sys):
        return "module"
    if isinstance(value, type):
        return "class"
    if callable(value):
        return "callable"
    if type(value) in (dict, list, str, bool, int, float, type(None)):
        return type(value).__name__
    return "object"`;

const names = [
  "display", "HTML", "when", "Event", "fetch", "storage", "Storage", "WebSocket", "current_target",
  "config", "RUNNING_IN_WORKER", "sync",
] as const;
const mainOnly = ["workers", "PyWorker", "create_named_worker"] as const;
const submodules = ["display", "fetch", "storage", "events", "context", "util", "ffi", "web", "websocket", "media", "fs"] as const;

/**
 * Why MicroPython's `from pyscript import <a name it lacks>` is an AttributeError on ours. The package loads
 * its names on first use through the module's `__getattr__`; MicroPython passes that function's exception
 * straight through an import, so an ImportError from it would also make `hasattr(pyscript, name)` raise.
 */
const lazyNames =
  "on MicroPython, ours raises AttributeError for a name the package lacks, also in from-import: its names load on first use " +
  "through __getattr__, whose exception MicroPython passes through an import, so an ImportError there would break hasattr; " +
  "PyScript loads every name at start and raises ImportError";

/** Ours is the class of the workers it makes, where PyScript's is a function that makes one. */
const pyWorkerIsAClass = "ours is the class of the workers it makes (isinstance works); PyScript's is a factory function";

const importCase = (name: string, extra: Partial<DiffCase> = {}): DiffCase[] => [
  { name: `imports: from pyscript import ${name}`, code: `${kind}\nfrom pyscript import ${name}\nprint(kind(${name}))`, ...extra },
  { name: `imports: pyscript.${name} after import pyscript`, code: `${kind}\nimport pyscript\nprint(kind(pyscript.${name}))`, ...extra },
];

export const cases: DiffCase[] = [
  ...names.flatMap((name) => importCase(name)),
  ...mainOnly.flatMap((name) =>
    importCase(name, { threads: ["main"], ...(name === "PyWorker" ? { intended: pyWorkerIsAClass } : {}) }),
  ),
  ...mainOnly.map((name) => ({
    name: `imports: from pyscript import ${name} in a worker`,
    code: `try:\n    from pyscript import ${name}\n    print(${name} is not None)\nexcept ImportError as error:\n    print("ImportError", "${name}" in str(error))`,
    threads: ["worker"] as const,
    ...(name === "PyWorker" ? {} : { intended: lazyNames, differsOn: { engines: ["micropython"] as const } }),
  })),
  ...submodules.map((module) => ({
    name: `imports: import pyscript.${module}, then every top-level name is still the API`,
    code: `${kind}\nimport pyscript.${module}\nimport pyscript\nprint([kind(getattr(pyscript, n)) for n in ${JSON.stringify(names)}])`,
  })),
  ...[
    ["HTML, display", "display(HTML('<i>a</i>'), target='out')"],
    ["display, HTML", "display(HTML('<i>b</i>'), target='out')"],
    ["Storage, storage", "print(callable(storage), isinstance(Storage, type))"],
    ["storage, Storage", "print(callable(storage), isinstance(Storage, type))"],
    ["when, Event", "print(callable(when), isinstance(Event, type))"],
    ["Event, when", "print(callable(when), isinstance(Event, type))"],
    ["fetch, config", "print(callable(fetch), config['type'])"],
    ["window, document", "print(document.getElementById('out').id, window.document.getElementById('out').id)"],
  ].map(([list, use]) => ({
    name: `imports: from pyscript import ${list} then use them`,
    html: '<div id="out"></div>',
    code: `from pyscript import ${list}\n${use}`,
  })),
  {
    name: "imports: from pyscript.display import display, HTML",
    html: '<div id="out"></div>',
    code: "from pyscript.display import display, HTML\ndisplay(HTML('<u>c</u>'), target='out')",
  },
  { name: "imports: from pyscript.events import when, Event", code: "from pyscript.events import when, Event\nprint(callable(when), isinstance(Event, type))" },
  { name: "imports: from pyscript.fetch import fetch", code: "from pyscript.fetch import fetch\nprint(callable(fetch))" },
  { name: "imports: from pyscript.storage import storage, Storage", code: "from pyscript.storage import storage, Storage\nprint(callable(storage), isinstance(Storage, type))" },
  { name: "imports: from pyscript.context import RUNNING_IN_WORKER, config", code: "from pyscript.context import RUNNING_IN_WORKER, config\nprint(RUNNING_IN_WORKER, config['type'])" },
  { name: "imports: from pyscript.workers import workers, create_named_worker", threads: ["main"], code: "from pyscript.workers import workers, create_named_worker\nprint(callable(create_named_worker))" },
  {
    name: "imports: a name pyscript does not have is an ImportError",
    code: "try:\n    from pyscript import nope\nexcept ImportError as error:\n    print('ImportError', 'nope' in str(error))",
    intended: lazyNames,
    differsOn: { engines: ["micropython"] },
  },
  { name: "imports: hasattr of a name pyscript does not have is False", code: "import pyscript\nprint(hasattr(pyscript, 'nope'), getattr(pyscript, 'nope', 'default'))" },
  { name: "imports: js_modules answers attribute lookups", code: "from pyscript import js_modules\nprint(hasattr(js_modules, 'nothing'))" },
  { name: "imports: js_modules answers attribute lookups after its module path was imported", code: "import pyscript.js_modules\nfrom pyscript import js_modules\nprint(hasattr(js_modules, 'nothing'))" },
  { name: "imports: a missing name of js_modules is an AttributeError", code: "from pyscript import js_modules\ntry:\n    js_modules.nothing\nexcept AttributeError:\n    print('AttributeError')" },
  { name: "imports: a submodule pyscript does not have is an ImportError", code: "import pyscript.nope" },
  { name: "imports: pyscript.display is the function after import pyscript.display", html: '<div id="out"></div>', code: "import pyscript.display\nimport pyscript\npyscript.display('d', target='out')" },
  { name: "imports: pyscript.fetch is the function after import pyscript.fetch", code: "import pyscript.fetch\nimport pyscript\nprint(callable(pyscript.fetch))" },
  { name: "imports: pyscript.storage is the function after import pyscript.storage", code: "import pyscript.storage\nimport pyscript\nprint(callable(pyscript.storage))" },
  { name: "imports: pyscript.ffi is a module", code: "import pyscript\nprint(hasattr(pyscript.ffi, 'create_proxy'))" },
  { name: "imports: pyscript.web is a module", code: "import pyscript.web\nimport pyscript\nprint(hasattr(pyscript.web, 'page'))" },
];
