"""A class per HTML element (`div`, `input_`…), and `grid`. `select`, `datalist` and `optgroup` are in
pyscript.web._options, `canvas` and `video` in pyscript.web._canvas_video."""
from pyscript.web._element import ContainerElement, Element
from pyscript.web._wrapping import register

# A trailing underscore marks names Python reserves (`del_`, `input_`, `map_`, `object_`).
_VOID = "area base br col embed hr img input_ link source track"
_CONTAINERS = (
    "a abbr address article aside audio b blockquote body button caption cite code colgroup data dd del_ "
    "details dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup "
    "html i iframe ins kbd label legend li main map_ mark menu meta meter nav object_ ol option output p param "
    "picture pre progress q s script section small span strong style sub summary sup table tbody td template "
    "textarea tfoot th thead time title tr u ul var wbr"
)

# The classes this module defines, by name, for pyscript.web to export.
names = _VOID.split() + _CONTAINERS.split()


def define(name, bases):
    """The class `name` for the tag `name` (without its trailing underscore), registered for that tag."""
    cls = type(name, bases, {"tag": name.rstrip("_")})
    register(cls)
    return cls


for _name in _VOID.split():
    globals()[_name] = define(_name, (Element,))
for _name in _CONTAINERS.split():
    globals()[_name] = define(_name, (ContainerElement,))


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
