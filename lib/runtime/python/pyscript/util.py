"""`pyscript.util`: `as_bytearray`, `NotSupported`, `is_awaitable`, the same on both engines."""
import sys

_MICROPYTHON = sys.implementation.name == "micropython"


def as_bytearray(buffer):
    """A JavaScript ArrayBuffer (or typed array) as a Python bytearray."""
    if hasattr(buffer, "to_bytes"):  # Pyodide's JsBuffer
        return bytearray(buffer.to_bytes())
    import js

    return bytearray(js.Uint8Array.new(buffer))


class NotSupported:
    """Stands for something this context does not have: any use raises an error that says why."""

    def __init__(self, name, error):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "error", error)

    def __repr__(self):
        return "<NotSupported %s [%s]>" % (self.name, self.error)

    def __getattr__(self, attribute):
        raise AttributeError(self.error)

    def __setattr__(self, attribute, value):
        raise AttributeError(self.error)

    def __call__(self, *args):
        raise TypeError(self.error)


def is_awaitable(obj):
    """True for an `async def` function (or a bound method of one): calling it gives something to await."""
    if _MICROPYTHON:
        # MicroPython's async functions are generator functions; a bound method or closure shows it in repr.
        function = getattr(obj, "__func__", obj)
        return "generator" in repr(type(function)) or "<generator" in repr(function)
    import inspect

    return inspect.iscoroutinefunction(obj)
