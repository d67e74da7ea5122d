"""`pyscript.web`: the page's elements as Python objects, on the main thread and in workers.

`page` finds and wraps what is on the page; a class per HTML element (`div`, `input_`, `select`…) makes new
ones. An `Element` reads and writes its DOM element's properties as its own attributes; `classes` behaves
like a set, `style` like a dict, `on_<event>` is an `Event`. Everything goes through `pyscript.document`,
so in a worker each DOM operation is a round trip to the page (docs/workers.md).

The parts, each in its own module: `_element` (Element, ContainerElement), `_collection` (ElementCollection),
`_classes_style` (Classes, Style), `_tags` (the element classes, grid), `_options` (select and its Options),
`_canvas_video`, `_page`; `_wrapping` picks the class that wraps a DOM element.
"""
# `pyscript.web.js`, `.pyscript` and `.Event` are names this module has always offered (PyScript's has `Event`).
import js  # noqa: F401
import pyscript  # noqa: F401
from pyscript.event import Event  # noqa: F401
from pyscript.web import _tags
from pyscript.web._canvas_video import canvas, video  # noqa: F401
from pyscript.web._classes_style import Classes, Style  # noqa: F401
from pyscript.web._collection import ElementCollection  # noqa: F401
from pyscript.web._element import ContainerElement, Element  # noqa: F401
from pyscript.web._options import Options, datalist, optgroup, select, select_  # noqa: F401
from pyscript.web._page import Page
from pyscript.web._tags import grid  # noqa: F401

for _name in _tags.names:
    globals()[_name] = getattr(_tags, _name)
del _name

page = Page()
