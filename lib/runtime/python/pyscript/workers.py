# `pyscript.workers`, PyScript's module path: its code is in workers_impl; `pyscript.workers` is the API (__init__.py).
import _pyscript_js

if _pyscript_js.RUNNING_IN_WORKER:  # as under PyScript, whose module imports what workers lack
    raise ImportError("pyscript.workers works only when running in the main thread")


def __getattr__(name):
    return getattr(__import__("pyscript.workers_impl", None, None, [name]), name)
