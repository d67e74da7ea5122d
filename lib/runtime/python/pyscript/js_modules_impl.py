"""The JavaScript modules the config's `js_modules` names, for `pyscript.js_modules` (the API and the module paths).

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


def module(name):
    """The module the config names `name`; an ImportError that says why when there is none here."""
    if name.startswith("__"):
        raise AttributeError(name)
    found = _js.js_module(name)
    if is_none(found):
        found = _from_page(name)
    if is_none(found):
        raise ImportError(_js.js_module_missing(name))
    return found


class _JsModules:
    """`from pyscript import js_modules`: the modules as attributes. As on any object, a name that is not
    there is an AttributeError (with the same advice), so `hasattr(js_modules, name)` answers False."""

    def __getattr__(self, name):
        try:
            return module(name)
        except ImportError as error:
            raise AttributeError(str(error))


js_modules = _JsModules()
