"""`from pyscript.js_modules import name` and, as PyScript has it, `from pyscript.js_modules.name import x`:
module paths whose code is in js_modules_impl; `pyscript.js_modules` is the API (__init__.py)."""
import sys

import pyscript


def _module(name):
    return __import__("pyscript.js_modules_impl", None, None, ["module"]).module(name)


class _Module:
    """`pyscript.js_modules.<name>`: the configured module, looked up when first used."""

    def __init__(self, name):
        self._name = name

    def __getattr__(self, field):
        if field.startswith("__"):
            raise AttributeError(field)
        return getattr(_module(self._name), field)


def __getattr__(name):
    return _module(name)


for _table in pyscript.config.get("js_modules", {}).values():
    for _name in _table.values():
        sys.modules["pyscript.js_modules." + _name] = _Module(_name)
