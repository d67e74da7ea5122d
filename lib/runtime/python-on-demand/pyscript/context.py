"""`pyscript.context`: where this code runs and what it has there (the other `pyscript` modules read it).

`RUNNING_IN_WORKER`, `config` (with `type`: "py" or "mpy"), `window`, `document`, `sync` (workers only:
`NotSupported` on the main thread), `PyWorker` (main thread only: `NotSupported` in a worker),
`current_target()` and `display_target` (the id `display()` writes to), `js_import`, `js_modules`.
"""
import pyscript
from pyscript import RUNNING_IN_WORKER, config, current_target
from pyscript.imports import js_import
from pyscript.util import NotSupported

window = pyscript.window
document = pyscript.document
js_modules = pyscript.js_modules

if RUNNING_IN_WORKER:
    from pyscript import sync
    PyWorker = NotSupported("pyscript.PyWorker", "pyscript.PyWorker works only when running in the main thread")
else:
    sync = NotSupported("pyscript.sync", "pyscript.sync works only when running in a worker")
    from pyscript.workers_impl import PyWorker


def __getattr__(name):
    if name == "display_target":
        return current_target()
    raise AttributeError("module 'pyscript.context' has no attribute '" + name + "'")
