"""`import pyscript.fetch`, `from pyscript.fetch import …`: PyScript's module path, kept. The code lives in
`pyscript.fetch_impl`, loaded on first use; `pyscript.fetch` itself is the fetch API, whatever the import order (__init__.py)."""


def __getattr__(name):
    return getattr(__import__("pyscript.fetch_impl", None, None, [name]), name)
