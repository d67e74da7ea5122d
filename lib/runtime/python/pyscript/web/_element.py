"""`Element`: one DOM element as a Python object, and `ContainerElement`, one that takes children."""
import pyscript
from pyscript.event import Event
from pyscript.events import _listener
from pyscript.web._classes_style import Classes, Style
from pyscript.web._collection import ElementCollection, find_below, index_error
from pyscript.web._wrapping import by_id, is_null, register, wrap

# Python keywords and builtins: `for_` and `class_` name the DOM's `htmlFor` and `className`.
_PROPERTY_NAMES = {"for": "htmlFor", "class": "className", "html": "innerHTML"}


def _dom_name(name):
    name = name[:-1] if name.endswith("_") else name
    return _PROPERTY_NAMES.get(name, name)


def _has(dom_object, name):
    """Whether a JS object has a property (its prototype's included), here or on the page from a worker."""
    if type(dom_object).__name__ == "JsRef":  # a worker's page reference reads a missing property as None
        return name in dom_object
    return hasattr(dom_object, name)


class Element:
    """One DOM element. Unknown attributes are the DOM element's own properties and methods."""

    # Read by pyscript.events.when(), which accepts elements as its selector.
    _dom_element = None
    tag = "div"

    def __init__(self, dom_element=None, classes=None, style=None, **kwargs):
        if dom_element is None:
            dom_element = pyscript.document.createElement(self.tag)
        object.__setattr__(self, "_dom_element", dom_element)
        object.__setattr__(self, "_events", {})
        self.update(classes=classes, style=style, **kwargs)

    @classmethod
    def wrap_dom_element(cls, dom_element):
        """The `Element` subclass for the DOM element's tag (plain `Element` for unknown tags)."""
        return wrap(dom_element)

    def _dom_elements(self):
        return [self._dom_element]

    def __getattr__(self, name):
        if name.startswith("on_"):
            return self.get_event(name)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._dom_element, _dom_name(name))

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        elif name.startswith("on_"):
            self.get_event(name).add_listener(value)
        elif "-" in name:  # `data-…`, `aria-…`: attributes, not properties
            self._dom_element.setAttribute(name, str(value))
        else:
            setattr(self._dom_element, _dom_name(name), value)

    def __eq__(self, other):
        return isinstance(other, Element) and bool(self._dom_element.isSameNode(other._dom_element))

    def __hash__(self):
        # Two wrappers of one DOM element are equal, so they must hash alike: the tag is what they share.
        return hash(self.tag)

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self._dom_element.outerHTML)

    def __getitem__(self, key):
        if isinstance(key, str):
            return by_id(self._dom_element, key)
        if isinstance(key, (int, slice)):
            return self.children[key]
        raise index_error("Element", key, ".")

    def get_event(self, name):
        """`on_<name>`: one `Event` per DOM event name, fed by one DOM listener added on first use.

        The element must know the event: an `on<name>` handler property, or (as PyScript checks) a property
        named after it, such as the `click()` method.
        """
        if not name.startswith("on_"):
            raise ValueError("Event names must start with 'on_'.")
        event_name = name[3:]
        event = self._events.get(event_name)
        if event is None:
            dom_element = self._dom_element
            if not (_has(dom_element, "on" + event_name) or _has(dom_element, event_name)):
                raise ValueError("Element has no '%s' event." % event_name)
            event = Event()
            self._events[event_name] = event
            dom_element.addEventListener(event_name, _listener(event.trigger))
        return event

    @property
    def classes(self):
        return Classes(self)

    @property
    def style(self):
        return Style(self)

    @property
    def children(self):
        return ElementCollection.wrap_dom_elements(self._dom_element.children)

    @property
    def parent(self):
        parent = self._dom_element.parentElement
        return None if is_null(parent) else wrap(parent)

    def append(self, *items):
        """Appends elements, collections, lists of them, DOM elements, NodeLists, or text (str, numbers, bools)."""
        for item in items:
            if isinstance(item, Element):
                self._dom_element.appendChild(item._dom_element)
            elif isinstance(item, (ElementCollection, list, tuple)):
                self.append(*item)
            elif isinstance(item, (str, int, float, bool)):
                # As text, not HTML (children given when an element is made are HTML); JS spells the values.
                self._dom_element.append(item)
            elif _has(item, "tagName"):
                self._dom_element.appendChild(item)
            elif _has(item, "length"):
                for node in list(item):
                    self._dom_element.appendChild(node)
            else:
                raise TypeError("Cannot append %s to element." % type(item).__name__)

    def clone(self, clone_id=None):
        copy = wrap(self._dom_element.cloneNode(True))
        if clone_id is not None:
            copy.id = clone_id
        return copy

    def find(self, selector):
        return find_below(self._dom_element, selector)

    def show_me(self):
        self._dom_element.scrollIntoView()

    def update(self, classes=None, style=None, **kwargs):
        """Adds `classes`, sets `style` properties, then each keyword as a property (`on_…` adds a listener)."""
        if classes:
            self.classes.add(*([classes] if isinstance(classes, str) else classes))
        if style:
            self.style.update(style)
        for name, value in kwargs.items():
            setattr(self, name, value)


register(Element, "*")


class ContainerElement(Element):
    """An element with children: positional arguments (and `children=[…]`) are appended in order."""

    def __init__(self, *args, children=None, dom_element=None, style=None, classes=None, **kwargs):
        super().__init__(dom_element=dom_element, style=style, classes=classes, **kwargs)
        for child in list(args) + list(children or []):
            if isinstance(child, (Element, ElementCollection, list, tuple)):
                self.append(child)
            else:  # HTML, unlike append()'s text
                self._dom_element.insertAdjacentHTML("beforeend", child)

    def __iter__(self):
        return iter(self.children)
