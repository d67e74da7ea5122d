"""`@when(event, selector)`: attach a Python handler to every element the selector matches."""
import sys

import _pyscript_js as _js
from pyscript._errors import report
from pyscript.ffi import create_proxy, to_js

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


def _is_event(value):
    return hasattr(value, "add_listener")


def _listener_options(options, element):
    """addEventListener's third argument: a plain JS object of the options (once, passive, capture), or False."""
    if not options:
        return False
    # A worker's page reference (`JsRef`) copies a dict as a plain object itself; anything else is a JS
    # object, on the main thread or a worker's proxy of a page element, and needs one made for it.
    return options if type(element).__name__ == "JsRef" else to_js(options)


def when(event_type, selector=None, handler=None, **options):
    """`@when("click", "#button")` calls the function (with or without the event) on each click; the
    selector may also be elements of `pyscript.web`, a JS element or a list of them. Keyword options go to
    addEventListener (`once=True`, `passive=True`, `capture=True`). `@when(an_event)` or
    `@when([event, …])` listens to `Event`s (such as `button.on_click`). `when(…, handler=f)` is the same
    without the decorator. As under PyScript, a DOM event without a selector, or a selector that matches
    nothing, is a ValueError at once."""
    names = [event_type] if isinstance(event_type, str) else event_type
    dom_events = isinstance(names, list) and all(isinstance(name, str) for name in names)
    if dom_events:
        if not selector:
            raise ValueError("Selector required for DOM event handling.")
        elements = _elements(selector)
        if not elements:
            raise ValueError("No elements found for selector: " + str(selector))

    def decorator(func):
        if _is_event(event_type):
            event_type.add_listener(_caller(func))
        elif isinstance(event_type, list) and all(_is_event(event) for event in event_type):
            call = _caller(func)
            for event in event_type:
                event.add_listener(call)
        elif dom_events:
            listener = _listener(func)
            for name in names:
                for element in elements:
                    element.addEventListener(name, listener, _listener_options(options, element))
        else:
            raise TypeError("when() takes an event name, a list of them, an Event or a list of Events")
        return func

    return decorator(handler) if handler is not None else decorator


def __getattr__(name):
    # `from pyscript.events import Event`, as PyScript spells it: the class itself loads on first use.
    if name == "Event":
        from pyscript.event import Event

        return Event
    raise AttributeError("module 'pyscript.events' has no attribute '" + name + "'")
