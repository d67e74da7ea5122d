"""`PyWorker` and `workers` on the main thread; the JS half is lib/runtime/main/workers/.

Only plain data crosses to a worker, so values are converted here, where the engine is known: arguments
with `to_js` before they leave, and what a Python function returns before the worker receives it.
"""
import json

import _pyscript_js as _js
from pyscript.ffi import create_proxy, to_js


def _plain(value):
    return to_js(value) if isinstance(value, (dict, list, tuple)) else value


def _reply_with_plain(fn):
    def reply(*args):
        result = fn(*args)
        if hasattr(result, "send"):  # a coroutine: convert once it has finished

            async def finish():
                return _plain(await result)

            return finish()
        return _plain(result)

    return create_proxy(reply)


class _Functions:
    """Attribute access to a worker's functions (awaitable); assigning exposes a function to the worker."""

    def __init__(self, js_object):
        object.__setattr__(self, "_js", js_object)

    def __getattr__(self, name):
        function = getattr(self._js, name)
        return lambda *args: function(*[_plain(arg) for arg in args])

    def __setattr__(self, name, fn):
        setattr(self._js, name, _reply_with_plain(fn))


class PyWorker:
    """A worker running `url` on `type` ("micropython" or "pyodide"), with its own `config` or the page's."""

    def __init__(self, url, type=None, config=None):
        if type not in ("micropython", "pyodide"):
            raise TypeError(
                'PyWorker needs type="micropython" or type="pyodide", '
                'e.g. PyWorker("worker.py", type="pyodide") (got type=%r)' % (type,)
            )
        if config is not None and not isinstance(config, str):
            config = json.dumps(config)
        self._js = _js.PyWorker(url, type, config)
        self.sync = _Functions(self._js.sync)
        # Awaitable: resolves once the worker has booted and run its top-level code.
        self.ready = self._js.ready

    def terminate(self):
        self._js.terminate()


class _Workers:
    """`await workers["name"]` (or `workers.name`): the named worker's `__export__` functions, once ready."""

    def __getitem__(self, name):
        return self._get(name)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._get(name)

    async def _get(self, name):
        return _Functions(await _js.workers.get(name))


workers = _Workers()

_SCRIPT_TYPES = ("py", "mpy", "pyodide", "micropython")


async def create_named_worker(src, name, config=None, type="py"):
    """Adds `<script type=… worker name=… src=…>` to the page and returns its exports once it is ready."""
    if type not in _SCRIPT_TYPES:
        raise TypeError('create_named_worker needs type="py" or type="mpy" (got type=%r)' % (type,))
    script = _js.document.createElement("script")
    script.type = type
    script.setAttribute("worker", "")
    script.setAttribute("name", name)
    script.setAttribute("src", src)
    if config is not None:
        script.setAttribute("config", config if isinstance(config, str) else json.dumps(config))
    _js.document.body.append(script)
    return await workers[name]
