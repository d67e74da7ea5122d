"""`ElementCollection`: several elements as one list, and one change applied to each of them."""
from pyscript.web._wrapping import by_id, wrap


def find_below(node, selector):
    """The elements below `node` that match the CSS selector."""
    return ElementCollection.wrap_dom_elements(node.querySelectorAll(selector))


def index_error(what, key, end=""):
    return TypeError("%s indices must be integers, slices, or strings, not %s%s" % (what, type(key).__name__, end))


class ElementCollection:
    """A list of elements: index, slice, iterate, `find` inside them, and set an attribute on all at once."""

    def __init__(self, elements):
        object.__setattr__(self, "_elements", list(elements))

    @classmethod
    def wrap_dom_elements(cls, dom_elements):
        return cls([wrap(element) for element in dom_elements])

    def _dom_elements(self):
        return [element._dom_element for element in self._elements]

    @property
    def elements(self):
        return self._elements

    def __getitem__(self, key):
        if isinstance(key, slice):
            return ElementCollection(self._elements[key])
        if isinstance(key, str):
            element_id = key[1:] if key.startswith("#") else key
            for element in self._elements:
                if element.id == element_id:
                    return element
                found = by_id(element._dom_element, element_id)
                if found is not None:
                    return found
            return None
        if isinstance(key, int):
            return self._elements[key]
        raise index_error("Collection", key)

    def __iter__(self):
        return iter(self._elements)

    def __len__(self):
        return len(self._elements)

    def __eq__(self, other):
        return isinstance(other, ElementCollection) and self._elements == other._elements

    def __repr__(self):
        return "ElementCollection(%r)" % (self._elements,)

    def __getattr__(self, name):
        # `collection.innerHTML`: the value of each element, as a list.
        if name.startswith("__"):
            raise AttributeError(name)
        return [getattr(element, name) for element in self._elements]

    def __setattr__(self, name, value):
        for element in self._elements:
            setattr(element, name, value)

    @property
    def classes(self):
        return _EachOf([element.classes for element in self._elements])

    @property
    def style(self):
        return _EachOf([element.style for element in self._elements])

    def find(self, selector):
        found = []
        for element in self._elements:
            found.extend(element.find(selector))
        return ElementCollection(found)

    def update_all(self, classes=None, style=None, **kwargs):
        for element in self._elements:
            element.update(classes=classes, style=style, **kwargs)


class _EachOf:
    """`collection.style["color"] = "red"`, `collection.classes.add("x")`: one change applied to each."""

    def __init__(self, targets):
        self._targets = targets

    def __setitem__(self, key, value):
        for target in self._targets:
            target[key] = value

    def __delitem__(self, key):
        for target in self._targets:
            del target[key]

    def __getitem__(self, key):
        return [target[key] for target in self._targets]

    def __getattr__(self, name):
        methods = [getattr(target, name) for target in self._targets]
        return lambda *args, **kwargs: [method(*args, **kwargs) for method in methods]
