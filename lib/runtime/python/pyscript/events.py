"""`@when(event, selector)`: attach a Python handler to every element the selector matches."""
import sys

import _pyscript_js as _js
from pyscript._errors import report
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


async def _guarded(coroutine):
    try:
        await coroutine
    except Exception as error:  # noqa: BLE001 - nothing else would ever see it
        report(error)


def _schedule(result):
    # An `async def` handler returns a coroutine: run it instead of dropping it.
    if result is not None and hasattr(result, "send"):
        import asyncio

        task = _guarded(result)
        asyncio.create_task(task) if _MICROPYTHON else asyncio.ensure_future(task)


def _listener(func):
    takes_event = _accepts_event(func)

    def call(event):
        if takes_event is None:
            try:
                return func(event)
            except TypeError:
                return func()
        return func(event) if takes_event else func()

    def handle(event):
        try:
            _schedule(call(event))
        except Exception as error:  # noqa: BLE001 - raised inside a browser event: show it on the page
            report(error)

    # Python exceptions are reported above; a JavaScript one escaping MicroPython is caught on the JS side.
    return _js.guard_listener(create_proxy(handle))


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
