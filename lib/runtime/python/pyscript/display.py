"""`import pyscript.display`, `from pyscript.display import …`: PyScript's module path, kept. The code lives in
`pyscript.display_impl`, loaded on first use; `pyscript.display` itself is the display API, whatever the import order (__init__.py)."""


def __getattr__(name):
    return getattr(__import__("pyscript.display_impl", None, None, [name]), name)
