# `pyscript.fetch`, PyScript's module path: its code is in fetch_impl; `pyscript.fetch` is the API (__init__.py).


def __getattr__(name):
    return getattr(__import__("pyscript.fetch_impl", None, None, [name]), name)
