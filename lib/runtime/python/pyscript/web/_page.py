"""`Page`, the class of `pyscript.web.page`: the document as `pyscript.web` elements."""
import pyscript
from pyscript.web._collection import find_below
from pyscript.web._wrapping import by_id, wrap


class Page:
    """The page: `html`, `head`, `body`, `title`, `find(selector)`, `page["id"]`, `append(…)` (to the body)."""

    @property
    def html(self):
        return wrap(pyscript.document.documentElement)

    @property
    def head(self):
        return wrap(pyscript.document.head)

    @property
    def body(self):
        return wrap(pyscript.document.body)

    @property
    def title(self):
        return str(pyscript.document.title)

    @title.setter
    def title(self, value):
        pyscript.document.title = value

    def __getitem__(self, key):
        return by_id(pyscript.document, key)

    def find(self, selector):
        return find_below(pyscript.document, selector)

    def append(self, *items):
        self.body.append(*items)
