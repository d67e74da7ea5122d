"""`create_proxy`, `to_js`, `is_none`, `assign`, `jsnull`, `gather`, `query` and `direct` with one meaning on
both engines, on the main thread and in a worker (where `window`/`document` are page references).

`jsnull` is JavaScript's null as the engine gives it: Pyodide's `jsnull`, MicroPython's None."""
import sys

if sys.implementation.name == "micropython":
    import js
    from jsffi import create_proxy
    from jsffi import to_js as _to_js

    def to_js(value, **kwargs):
        return _to_js(value)

    # MicroPython already hands JavaScript null over as None, and None over as null.
    jsnull = None

    def is_none(value):
        return value is None

else:
    import js
    from pyodide.ffi import create_proxy
    from pyodide.ffi import to_js as _to_js

    try:
        from pyodide.ffi import jsnull
    except ImportError:  # a Pyodide that converts null to None
        jsnull = None

    def to_js(value, **kwargs):
        # PyScript's choice: dicts become plain JS objects, not Maps, which is what browser APIs expect.
        kwargs.setdefault("dict_converter", js.Object.fromEntries)
        return _to_js(value, **kwargs)

    def is_none(value):
        return value is None or value is jsnull


def assign(source, *args):
    """Like JavaScript's `Object.assign`: copies the properties of each dict (or JS object) into `source`."""
    if type(source).__name__ == "JsRef":  # a page object seen from a worker: the page does the copy
        import pyscript

        for extra in args:
            pyscript.window.Object.assign(source, extra)
        return source
    for extra in args:
        js.Object.assign(source, to_js(extra) if isinstance(extra, dict) else extra)
    return source


def __getattr__(name):
    # gather, query and direct load on first use (pyscript/ffi_transfer.py): core.js does not carry them.
    if name not in ("gather", "query", "direct"):
        raise AttributeError("module 'pyscript.ffi' has no attribute '" + name + "'")
    value = getattr(__import__("pyscript.ffi_transfer", None, None, ["__name__"]), name)
    globals()[name] = value
    return value
