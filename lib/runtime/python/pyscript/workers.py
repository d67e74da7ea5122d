"""`import pyscript.workers`, `from pyscript.workers import …`: PyScript's module path, kept. The code lives in
`pyscript.workers_impl`, loaded on first use; `pyscript.workers` itself is the workers API, whatever the import order (__init__.py)."""


def __getattr__(name):
    return getattr(__import__("pyscript.workers_impl", None, None, [name]), name)
