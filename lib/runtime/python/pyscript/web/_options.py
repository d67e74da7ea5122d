"""`select`, `datalist` and `optgroup`, whose `options` is an `Options`: their `<option>`s as a list."""
from pyscript.web._element import ContainerElement, Element
from pyscript.web._tags import define, option
from pyscript.web._wrapping import is_null, wrap


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
        return None if is_null(found) else wrap(found)

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


datalist = define("datalist", (_HasOptions, ContainerElement))
optgroup = define("optgroup", (_HasOptions, ContainerElement))
select = define("select", (_HasOptions, ContainerElement))
# `select_` as PyScript's older examples spell it.
select_ = select
