"""`pyscript.web`: the page's elements as Python objects, on the main thread and in workers.

`page` finds and wraps what is on the page; a class per HTML element (`div`, `input_`, `select`…) makes new
ones. An `Element` reads and writes its DOM element's properties as its own attributes; `classes` behaves
like a set, `style` like a dict, `on_<event>` is an `Event`. Everything goes through `pyscript.document`,
so in a worker each DOM operation is a round trip to the page (docs/workers.md).
"""
import js
import pyscript
from pyscript.event import Event
from pyscript.events import _listener

# Python keywords and builtins: `for_` and `class_` name the DOM's `htmlFor` and `className`.
_PROPERTY_NAMES = {"for": "htmlFor", "class": "className", "html": "innerHTML"}
_tag_classes = {}


def _dom_name(name):
    name = name[:-1] if name.endswith("_") else name
    return _PROPERTY_NAMES.get(name, name)


def _is_null(value):
    return pyscript.ffi.is_none(value)


def _by_id(node, key):
    """The element with id `key` (a leading `#` optional) below `node`, wrapped, or None."""
    element_id = key[1:] if key.startswith("#") else key
    found = node.querySelector('[id="' + element_id.replace("\\", "\\\\").replace('"', '\\"') + '"]')
    return None if _is_null(found) else Element.wrap_dom_element(found)


def _find(node, selector):
    return ElementCollection.wrap_dom_elements(node.querySelectorAll(selector))


def _has(dom_object, name):
    """Whether a JS object has a property (its prototype's included), here or on the page from a worker."""
    if type(dom_object).__name__ == "JsRef":  # a worker's page reference reads a missing property as None
        return name in dom_object
    return hasattr(dom_object, name)


def _index_error(what, key, end=""):
    return TypeError("%s indices must be integers, slices, or strings, not %s%s" % (what, type(key).__name__, end))


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
        tag = str(dom_element.tagName).lower()
        return _tag_classes.get(tag, Element)(dom_element=dom_element)

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
            return _by_id(self._dom_element, key)
        if isinstance(key, (int, slice)):
            return self.children[key]
        raise _index_error("Element", key, ".")

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
        return None if _is_null(parent) else Element.wrap_dom_element(parent)

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
        copy = Element.wrap_dom_element(self._dom_element.cloneNode(True))
        if clone_id is not None:
            copy.id = clone_id
        return copy

    def find(self, selector):
        return _find(self._dom_element, selector)

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


class ElementCollection:
    """A list of elements: index, slice, iterate, `find` inside them, and set an attribute on all at once."""

    def __init__(self, elements):
        object.__setattr__(self, "_elements", list(elements))

    @classmethod
    def wrap_dom_elements(cls, dom_elements):
        return cls([Element.wrap_dom_element(element) for element in dom_elements])

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
                found = _by_id(element._dom_element, element_id)
                if found is not None:
                    return found
            return None
        if isinstance(key, int):
            return self._elements[key]
        raise _index_error("Collection", key)

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


class Options:
    """The `<option>`s of a `select`, `datalist` or `optgroup` (those inside its optgroups included)."""

    def __init__(self, element):
        self._element = element

    @property
    def options(self):
        return list(self._element.find("option"))

    @property
    def selected(self):
        found = self._element._dom_element.querySelector("option:checked")
        return None if _is_null(found) else Element.wrap_dom_element(found)

    def add(self, value=None, html=None, text=None, before=None, **kwargs):
        """A new option; `before` is an option (element) or the index of one to insert it before.

        As `HTMLSelectElement.add`: an index with no option there appends, and so does `before=None`.
        """
        new = option(**kwargs)
        if value is not None:
            new.value = value
        if html is not None:
            new.innerHTML = html
        if text is not None:
            new.textContent = text
        if isinstance(before, int):
            options = self.options
            before = options[before] if 0 <= before < len(options) else None
        if before is None:
            self._element._dom_element.appendChild(new._dom_element)
        else:
            anchor = before._dom_element if isinstance(before, Element) else before
            anchor.parentNode.insertBefore(new._dom_element, anchor)
        if kwargs.get("selected"):
            new.selected = True
        return new

    def clear(self):
        for each in self.options:
            each._dom_element.remove()

    def remove(self, index):
        """As `HTMLSelectElement.remove(index)`: an index with no option there removes nothing."""
        options = self.options
        if 0 <= index < len(options):
            options[index]._dom_element.remove()

    def __getitem__(self, index):
        return self.options[index]

    def __iter__(self):
        return iter(self.options)

    def __len__(self):
        return len(self.options)

    def __repr__(self):
        return "Options(%r)" % (self.options,)


class _HasOptions:
    @property
    def options(self):
        return Options(self)


class canvas(ContainerElement):
    tag = "canvas"

    def draw(self, what, width=None, height=None):
        """Draws an image source (an element or a DOM image, video or canvas), scaled if asked."""
        source = what._dom_element if isinstance(what, Element) else what
        context = self._dom_element.getContext("2d")
        if width is None or height is None:
            context.drawImage(source, 0, 0)
        else:
            context.drawImage(source, 0, 0, width, height)

    def download(self, filename="snapped.png"):
        """Saves the picture as a PNG file: a link to its data URL, added inside the canvas (as PyScript does), clicked."""
        link = a(download=filename, href=self._dom_element.toDataURL())
        self.append(link)
        link._dom_element.click()


class video(ContainerElement):
    tag = "video"

    def snap(self, to=None, width=None, height=None):
        """Copies the current frame to a canvas (`to`: an element, a DOM canvas, a selector, or a new one)."""
        width = width or self._dom_element.videoWidth
        height = height or self._dom_element.videoHeight
        if to is None:
            target = canvas(width=width, height=height)
        elif isinstance(to, str):
            found = pyscript.document.querySelectorAll(to)
            if found.length == 0:
                raise TypeError("No element with selector %s to snap to." % to)
            target = Element.wrap_dom_element(found[0])
        elif isinstance(to, Element):
            target = to
        else:
            target = Element.wrap_dom_element(to)
        if not isinstance(target, canvas):
            raise TypeError("Element to snap to must be a canvas.")
        target.draw(self, width, height)
        return target


class grid(ContainerElement):
    """A `div` laid out as a CSS grid: `grid("1fr 2fr", gap="1em")` gives its columns."""

    tag = "div"

    def __init__(self, layout="", gap=None, **kwargs):
        super().__init__(**kwargs)
        self.style["display"] = "grid"
        if layout:
            self.style["grid-template-columns"] = layout
        if gap is not None:
            self.style["gap"] = gap


class Page:
    """The page: `html`, `head`, `body`, `title`, `find(selector)`, `page["id"]`, `append(…)` (to the body)."""

    @property
    def html(self):
        return Element.wrap_dom_element(pyscript.document.documentElement)

    @property
    def head(self):
        return Element.wrap_dom_element(pyscript.document.head)

    @property
    def body(self):
        return Element.wrap_dom_element(pyscript.document.body)

    @property
    def title(self):
        return str(pyscript.document.title)

    @title.setter
    def title(self, value):
        pyscript.document.title = value

    def __getitem__(self, key):
        return _by_id(pyscript.document, key)

    def find(self, selector):
        return _find(pyscript.document, selector)

    def append(self, *items):
        self.body.append(*items)


page = Page()

# Every HTML element; a trailing underscore marks names Python reserves (`del_`, `input_`, `map_`, `object_`).
_VOID = "area base br col embed hr img input_ link source track"
_CONTAINERS = (
    "a abbr address article aside audio b blockquote body button caption cite code colgroup data dd del_ "
    "details dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup "
    "html i iframe ins kbd label legend li main map_ mark menu meta meter nav object_ ol option output p param "
    "picture pre progress q s script section small span strong style sub summary sup table tbody td template "
    "textarea tfoot th thead time title tr u ul var wbr"
)
_WITH_OPTIONS = "datalist optgroup select"


def _define(name, bases):
    cls = type(name, bases, {"tag": name.rstrip("_")})
    globals()[name] = cls
    return cls


for _name in _VOID.split():
    _define(_name, (Element,))
for _name in _CONTAINERS.split():
    _define(_name, (ContainerElement,))
for _name in _WITH_OPTIONS.split():
    _define(_name, (_HasOptions, ContainerElement))
# `select_` as PyScript's older examples spell it.
select_ = select

for _cls in list(globals().values()):
    if isinstance(_cls, type) and issubclass(_cls, Element) and _cls not in (Element, ContainerElement, grid):
        _tag_classes[_cls.tag] = _cls
