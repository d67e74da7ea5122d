"""Which `pyscript.web` class wraps a DOM element: the class registered for its tag, else `Element`."""
import pyscript

# Tag name -> class; "*" is the class for any other tag (`Element`, registered by pyscript.web._element).
_classes = {}


def register(cls, tag=None):
    _classes[tag or cls.tag] = cls


def wrap(dom_element):
    """The DOM element as an instance of the class for its tag."""
    tag = str(dom_element.tagName).lower()
    return _classes.get(tag, _classes["*"])(dom_element=dom_element)


def is_null(value):
    return pyscript.ffi.is_none(value)


def by_id(node, key):
    """The element with id `key` (a leading `#` optional) below `node`, wrapped, or None."""
    element_id = key[1:] if key.startswith("#") else key
    found = node.querySelector('[id="' + element_id.replace("\\", "\\\\").replace('"', '\\"') + '"]')
    return None if is_null(found) else wrap(found)
