"""`from pyscript.js_modules import name`: the JavaScript modules the config's `js_modules` names.

`js_modules.main` modules are imported on the page before any script runs; `js_modules.worker` modules
inside each worker. A worker reaches the page's modules too (through the page, when it is reachable); a
worker-only module imported on the main thread is an ImportError that says so.
"""
import _pyscript_js as _js
from pyscript.ffi import is_none


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    module = _js.js_module(name)
    if is_none(module):
        raise ImportError(_js.js_module_missing(name))
    globals()[name] = module
    return module
