# `pyscript.display`, PyScript's module path: its code is in display_impl; `pyscript.display` is the API (__init__.py).


def __getattr__(name):
    return getattr(__import__("pyscript.display_impl", None, None, [name]), name)
