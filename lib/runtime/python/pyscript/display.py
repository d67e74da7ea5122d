"""`display()` as PyScript documents it: rich representations first, plain `repr` last."""
import _pyscript_js as _js

# Checked in this order; the first method an object has decides how it is shown.
_MIME_METHODS = (
    ("_repr_html_", "text/html"),
    ("_repr_markdown_", "text/markdown"),
    ("_repr_svg_", "image/svg+xml"),
    ("_repr_png_", "image/png"),
    ("_repr_jpeg_", "image/jpeg"),
    ("_repr_json_", "application/json"),
    ("_repr_javascript_", "application/javascript"),
)


class HTML:
    """Wrap a string of HTML so `display()` renders it instead of escaping it."""

    def __init__(self, html):
        self._html = html

    def _repr_html_(self):
        return self._html


def _base64(data):
    if isinstance(data, str):
        return data
    import binascii

    return binascii.b2a_base64(data).decode().strip()


def _format(value):
    """Returns (mime, content) for one value."""
    if isinstance(value, str):
        return "text/plain", value
    bundle = getattr(value, "_repr_mimebundle_", None)
    if bundle is not None:
        data = bundle()
        if isinstance(data, tuple):
            data = data[0]
        for _method, mime in _MIME_METHODS:
            if mime in data:
                return mime, data[mime]
        if "text/plain" in data:
            return "text/plain", data["text/plain"]
    for method, mime in _MIME_METHODS:
        render = getattr(value, method, None)
        if render is not None:
            content = render()
            if content is not None:
                return mime, content
    return "text/plain", repr(value)


def _element_for(mime, content):
    document = _js.document
    if mime in ("image/png", "image/jpeg"):
        element = document.createElement("img")
        element.src = "data:" + mime + ";base64," + _base64(content)
        return element
    element = document.createElement("div")
    if mime in ("text/html", "image/svg+xml"):
        element.innerHTML = content
    elif mime == "application/javascript":
        script = document.createElement("script")
        script.textContent = content
        element.append(script)
    else:
        # text/plain, markdown and JSON are shown as text: never interpreted as HTML.
        element.textContent = content if isinstance(content, str) else repr(content)
    return element


def _resolve_target(target):
    document = _js.document
    if target is None:
        target = _js.current_target()
    if not isinstance(target, str):
        return target
    element = document.getElementById(target[1:] if target.startswith("#") else target)
    if element is None:
        element = document.querySelector(target)
    if element is None:
        raise ValueError("display: no element with id or selector " + repr(target))
    return element


def display(*values, target=None, append=True):
    """Show each value in `target` (an id, a selector or an element; default: the running script's output)."""
    element = _resolve_target(target)
    if not append:
        element.innerHTML = ""
    for value in values:
        element.append(_element_for(*_format(value)))
