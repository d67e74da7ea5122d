"""The `pyscript` package: one source for Pyodide and MicroPython, main thread and workers.

`_pyscript_js` is a JS module the runtime registers before any user code runs (main/js-module.ts on the
main thread, the workers side in a worker); everything that differs between those places comes from it.
"""
import json
import sys

import _pyscript_js as _js

RUNNING_IN_WORKER = bool(_js.RUNNING_IN_WORKER)
document = _js.document
if RUNNING_IN_WORKER:
    window = _js.window
    sync = _js.sync
else:  # as under PyScript: the `js` module (a missing name is an AttributeError of module 'js')
    import js as window
# Parsed from JSON so both engines get plain dicts and lists, not JS proxies.
config = json.loads(_js.config_json)
# As PyScript documents: which interpreter reads this config.
config["type"] = "mpy" if sys.implementation.name == "micropython" else "py"


def current_target():
    """The id of the element `display()` writes to by default: the running script's output element."""
    return _js.current_target()


# The rest loads on first use (module __getattr__, which MicroPython supports too): a page that only calls
# display() does not compile the fetch, events and workers modules at start-up.
_LAZY = {
    "display": "pyscript.display_impl",
    "HTML": "pyscript.display_impl",
    "when": "pyscript.events",
    "Event": "pyscript.event",
    "fetch": "pyscript.fetch_impl",
    "js_modules": "pyscript.js_modules_impl",
    "workers": "pyscript.workers_impl",
    # A worker gets PyScript's NotSupported stand-in (pyscript.context).
    "PyWorker": "pyscript.context",
    "create_named_worker": "pyscript.workers_impl",
    "py_import": "pyscript.imports",
    # On the main thread: PyScript's NotSupported stand-in, which says that sync is for workers.
    "sync": "pyscript.context",
    "js_import": "pyscript.imports",
    "WebSocket": "pyscript.websocket",
    "storage": "pyscript.storage_impl",
    "Storage": "pyscript.storage_impl",
    "create_proxy": "pyscript.ffi",
    "to_js": "pyscript.ffi",
}
# Submodules reachable as attributes (`from pyscript import ffi`, `pyscript.web.page`) on both engines.
_SUBMODULES = ("ffi", "web", "util", "context", "websocket", "media", "fs")
# As under PyScript, a worker has neither: `from pyscript import workers` is an ImportError there.
_MAIN_ONLY = ("workers", "create_named_worker")

# PyScript's `display`, `fetch`, `storage`, `workers` and `js_modules` are both an API and a module path.
# Importing a submodule binds its name on this package once, when it first loads, which would make the name
# the module for whoever reads it next. So each public module (a stand-in for its `<name>_impl` code) is
# loaded now, before any user code, and its name unbound again: later imports of it bind nothing, and
# __getattr__ below gives the API itself, in any import order. (A worker's `pyscript.workers` fails to import.)
for _name in ("display", "fetch", "storage", "js_modules") + (() if RUNNING_IN_WORKER else ("workers",)):
    __import__("pyscript." + _name)
    if _name in globals():
        del globals()[_name]
del _name


def __getattr__(name):
    if name in _SUBMODULES:
        value = __import__("pyscript." + name, None, None, ["__name__"])
        globals()[name] = value
        return value
    module_name = None if RUNNING_IN_WORKER and name in _MAIN_ONLY else _LAZY.get(name)
    if module_name is None:
        raise AttributeError("module 'pyscript' has no attribute '" + name + "'")
    value = getattr(__import__(module_name, None, None, [name]), name)
    globals()[name] = value
    return value
