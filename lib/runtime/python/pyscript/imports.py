"""`py_import(*names)`: install packages on demand (from the local package index), then import them."""
import _pyscript_js as _js
from pyscript.ffi import to_js


async def py_import(*names):
    """`numpy, regex = await py_import("numpy", "regex")`: a tuple of the imported modules, in order."""
    await _js.load_packages(to_js(list(names)))
    # A non-empty fromlist makes __import__ return the named module itself, dotted names included.
    return tuple(__import__(name, None, None, ["__name__"]) for name in names)


async def js_import(*urls):
    """`lib, other = await js_import("./lib.js", "./other.js")`: JavaScript modules imported on demand."""
    return tuple(await _js.js_import(to_js(list(urls))))
