"""`pyscript.Event`: a Python event that listeners subscribe to (`pyscript.web` elements' `on_<event>`)."""
from pyscript._errors import report
from pyscript.events import _caller, _schedule


class Event:
    """A Python event: `add_listener(f)` (or `@when(event)`), then `trigger(value)` calls each listener."""

    def __init__(self):
        self._listeners = []

    def add_listener(self, listener):
        if not callable(listener):
            raise ValueError("Listener must be callable.")
        if listener not in self._listeners:
            self._listeners.append(listener)

    def remove_listener(self, *listeners):
        for listener in listeners or list(self._listeners):
            if listener in self._listeners:
                self._listeners.remove(listener)

    def trigger(self, value):
        for listener in list(self._listeners):
            try:
                _schedule(_caller(listener)(value))
            except Exception as error:  # noqa: BLE001 - one failing listener must not silence the others
                report(error)
