"""`pyscript.Event`: a Python event that listeners subscribe to (`pyscript.web` elements' `on_<event>`)."""
from pyscript.events import _schedule


class Event:
    """A Python event: `add_listener(f)` (or `@when(event)`), then `trigger(result)` calls each listener with
    it. As under PyScript, a listener's exception reaches the caller of `trigger`, and a listener added while
    `trigger` runs is called by that same `trigger`."""

    def __init__(self):
        self._listeners = []

    def add_listener(self, listener):
        if not callable(listener):
            raise ValueError("Listener must be callable.")
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, *listeners):
        if not listeners:
            self._listeners = []
        for listener in listeners:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def trigger(self, result):
        for listener in self._listeners:
            _schedule(listener(result))
