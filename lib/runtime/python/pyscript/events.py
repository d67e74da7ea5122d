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


def _caller(func):
    """Calls `func` with the event, or without it when it takes no argument (as PyScript allows)."""
    takes_event = _accepts_event(func)

    def call(event):
        if takes_event is None:
            try:
                return func(event)
            except TypeError:
                return func()
        return func(event) if takes_event else func()

    return call


def _listener(func):
    call = _caller(func)

    def handle(event):
        try:
            _schedule(call(event))
        except BaseException as error:  # noqa: BLE001 - raised inside a browser event: show it on the page
            report(error)

    return create_proxy(handle)


def _elements(selector):
    if isinstance(selector, str):
        return list(_js.document.querySelectorAll(selector))
    # pyscript.web's Element and ElementCollection name their DOM elements themselves.
    dom_elements = getattr(type(selector), "_dom_elements", None)
    if dom_elements is not None:
        return dom_elements(selector)
    if isinstance(selector, (list, tuple)):
        elements = []
        for item in selector:
            elements.extend(_elements(item))
        return elements
    return [selector]


def when(event_type, selector=None, handler=None):
    """`@when("click", "#button")` calls the function (with or without the event) on each click; the
    selector may also be elements of `pyscript.web`. `@when(an_event)` listens to an `Event` (such as
    `button.on_click`). `when(…, handler=f)` is the same without the decorator."""

    def decorator(func):
        if hasattr(event_type, "add_listener"):  # an Event (pyscript.event), such as `button.on_click`
            event_type.add_listener(func)
            return func
        listener = _listener(func)
        for element in _elements(selector):
            element.addEventListener(event_type, listener)
        return func

    return decorator(handler) if handler is not None else decorator


def __getattr__(name):
    # `from pyscript.events import Event`, as PyScript spells it: the class itself loads on first use.
    if name == "Event":
        from pyscript.event import Event

        return Event
    raise AttributeError("module 'pyscript.events' has no attribute '" + name + "'")
