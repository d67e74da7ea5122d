"""`import pyscript.storage`, `from pyscript.storage import …`: PyScript's module path, kept. The code lives in
`pyscript.storage_impl`, loaded on first use; `pyscript.storage` itself is the storage API, whatever the import order (__init__.py)."""


def __getattr__(name):
    return getattr(__import__("pyscript.storage_impl", None, None, [name]), name)
