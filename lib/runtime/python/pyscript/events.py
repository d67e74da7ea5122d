"""`@when(event, selector)`: attach a Python handler to every element the selector matches."""
import sys

import _pyscript_js as _js
from pyscript.ffi import create_proxy

_MICROPYTHON = sys.implementation.name == "micropython"


def _accepts_event(func):
    if _MICROPYTHON:
        # No introspection on MicroPython: fall back to calling with the event and retrying without.
        return None
    import inspect

    try:
        return len(inspect.signature(func).parameters) > 0
    except (TypeError, ValueError):
        return True


def _schedule(result):
    # An `async def` handler returns a coroutine: run it instead of dropping it.
    if result is not None and hasattr(result, "send"):
        import asyncio

        asyncio.create_task(result) if _MICROPYTHON else asyncio.ensure_future(result)


def _listener(func):
    takes_event = _accepts_event(func)

    def handle(event):
        if takes_event is None:
            try:
                result = func(event)
            except TypeError:
                result = func()
        else:
            result = func(event) if takes_event else func()
        _schedule(result)

    return create_proxy(handle)


def _elements(selector):
    if isinstance(selector, str):
        return list(_js.document.querySelectorAll(selector))
    if isinstance(selector, (list, tuple)):
        return list(selector)
    return [selector]


def when(event_type, selector):
    """Decorator: `@when("click", "#button")` calls the function (with or without the event) on each click."""

    def decorator(func):
        listener = _listener(func)
        for element in _elements(selector):
            element.addEventListener(event_type, listener)
        return func

    return decorator
