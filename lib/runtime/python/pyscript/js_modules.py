"""`from pyscript.js_modules import name`: the JavaScript modules the config's `js_modules` names.

`js_modules.main` modules are imported on the page before any script runs; `js_modules.worker` modules
inside each worker. A worker reaches its `js_modules.main` modules through the page (its page references),
as PyScript documents. A module configured for the other side only is an ImportError that says so.
"""
import _pyscript_js as _js
from pyscript.ffi import is_none


def _from_page(name):
    if not _js.RUNNING_IN_WORKER or not _js.js_module_on_page(name):
        return None
    import pyscript

    return pyscript.window["__pyscript_js_modules__"][name]


def __getattr__(name):
    if name.startswith("__"):
        raise AttributeError(name)
    module = _js.js_module(name)
    if is_none(module):
        module = _from_page(name)
    if is_none(module):
        raise ImportError(_js.js_module_missing(name))
    globals()[name] = module
    return module
