# `pyscript.storage`, PyScript's module path: its code is in storage_impl; `pyscript.storage` is the API (__init__.py).


def __getattr__(name):
    return getattr(__import__("pyscript.storage_impl", None, None, [name]), name)
