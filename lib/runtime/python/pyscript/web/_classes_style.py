"""An element's `classes` (a set of CSS class names) and `style` (a dict of inline CSS properties)."""
import js


class Classes:
    """An element's CSS classes as a set; every change goes straight to its `classList`."""

    def __init__(self, element):
        self._list = element._dom_element.classList

    @staticmethod
    def _names(names):
        split = []
        for name in names:
            split.extend(str(name).split())
        return split

    def add(self, *names):
        for name in self._names(names):
            self._list.add(name)

    def remove(self, *names):
        for name in self._names(names):
            if self.contains(name):
                self._list.remove(name)
            else:  # PyScript's choice: unlike set.remove, a missing class is only a warning
                js.console.warn("Class '%s' not found in element classes." % name)

    def discard(self, *names):
        for name in self._names(names):
            self._list.remove(name)

    def clear(self):
        for name in list(self):
            self._list.remove(name)

    def contains(self, name):
        return bool(self._list.contains(name))

    def toggle(self, name):
        return bool(self._list.toggle(name))

    def replace(self, old, new):
        self._list.replace(old, new)

    def __contains__(self, name):
        return self.contains(name)

    def __iter__(self):
        return iter([str(name) for name in self._list])

    def __len__(self):
        return int(self._list.length)

    def __eq__(self, other):
        return set(self) == set(other)

    def __repr__(self):
        return "Classes(%r)" % (set(self),)


class Style:
    """An element's inline CSS as a dict of property names (`"background-color"`) to values."""

    def __init__(self, element):
        self._style = element._dom_element.style

    def _value(self, name):
        return str(self._style.getPropertyValue(name))

    def __getitem__(self, name):
        value = self._value(name)
        if value == "":
            raise KeyError(name)
        return value

    def __setitem__(self, name, value):
        self._style.setProperty(name, str(value))

    def __delitem__(self, name):
        if self._value(name) == "":
            raise KeyError(name)
        self._style.removeProperty(name)

    def __contains__(self, name):
        return self._value(name) != ""

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return int(self._style.length)

    def keys(self):
        return [str(self._style.item(index)) for index in range(len(self))]

    def values(self):
        return [self[name] for name in self.keys()]

    def items(self):
        return [(name, self[name]) for name in self.keys()]

    def get(self, name, default=None):
        return self[name] if name in self else default

    def set(self, **properties):
        for name, value in properties.items():
            self[name.replace("_", "-")] = value

    def update(self, properties):
        for name, value in properties.items():
            self[name] = value

    def remove(self, name):
        del self[name]

    def __repr__(self):
        return "Style(%r)" % ({name: self[name] for name in self.keys()},)

