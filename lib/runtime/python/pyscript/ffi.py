"""`create_proxy` and `to_js` with one meaning on both engines."""
import sys

if sys.implementation.name == "micropython":
    from jsffi import create_proxy
    from jsffi import to_js as _to_js

    def to_js(value, **kwargs):
        return _to_js(value)

else:
    import js
    from pyodide.ffi import create_proxy
    from pyodide.ffi import to_js as _to_js

    def to_js(value, **kwargs):
        # PyScript's choice: dicts become plain JS objects, not Maps, which is what browser APIs expect.
        kwargs.setdefault("dict_converter", js.Object.fromEntries)
        return _to_js(value, **kwargs)
