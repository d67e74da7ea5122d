"""`display()` as PyScript documents it: rich representations first, plain `repr` last."""
import _pyscript_js as _js
from pyscript.ffi import is_none

# Checked in PyScript's order; the first method an object has decides how it is shown.
_MIME_METHODS = (
    ("_repr_png_", "image/png"),
    ("_repr_jpeg_", "image/jpeg"),
    ("_repr_svg_", "image/svg+xml"),
    ("_repr_html_", "text/html"),
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


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _savefig_png(figure):
    # Matplotlib figures have no _repr_png_; PyScript renders them through savefig.
    import io

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return _base64(buffer.getvalue())


def _format(value):
    """Returns (mime, html) for one value: the markup that goes into the page."""
    if isinstance(value, str):
        return "text/plain", _escape(value)
    bundle = getattr(value, "_repr_mimebundle_", None)
    if bundle is not None:
        data, metadata = bundle(), {}
        if isinstance(data, tuple):
            data, metadata = data
        for mime, content in (data or {}).items():
            if any(mime == known for _method, known in _MIME_METHODS):
                attributes = dict(metadata.get(mime, {}))
                if isinstance(content, tuple):
                    content, more = content
                    attributes.update(more)
                return mime, _render(mime, content, attributes)
    if hasattr(value, "savefig"):
        return "image/png", _render("image/png", _savefig_png(value))
    for method, mime in _MIME_METHODS:
        render = getattr(value, method, None)
        if render is not None:
            content = render()
            if isinstance(content, tuple):
                content = content[0]
            if content is not None:
                return mime, _render(mime, content)
    _js.window.console.warn(type(value).__name__ + " has no supported representation method: using __repr__.")
    return "text/plain", _escape(repr(value))


def _render(mime, content, attributes=None):
    if mime in ("image/png", "image/jpeg"):
        extra = "".join(" " + name + '="' + str(value) + '"' for name, value in (attributes or {}).items())
        return '<img src="data:' + mime + ";base64," + _base64(content) + '"' + extra + ">"
    if mime == "application/javascript":
        return "<script>" + content + "</script>"
    if mime in ("text/html", "image/svg+xml"):
        return content
    if mime == "application/json":
        # PyScript puts JSON into the page as it is, as markup.
        return content if isinstance(content, str) else repr(content)
    return _escape(content if isinstance(content, str) else repr(content))


def _resolve_target(target):
    if target is None:
        target = _js.current_target()
    if not isinstance(target, str):
        return target
    element_id = target[1:] if target.startswith("#") else target
    element = _js.document.getElementById(element_id)
    if is_none(element):
        raise ValueError("Cannot find element with id='" + element_id + "' in the page.")
    return element


def _write(element, value, append):
    mime, markup = _format(value)
    if not markup.strip():
        return
    container = element
    if append:
        container = _js.document.createElement("div")
        element.append(container)
    if mime in ("text/html", "application/javascript"):
        # A contextual fragment, unlike innerHTML, runs the <script>s in displayed HTML, as PyScript does.
        container.append(_js.document.createRange().createContextualFragment(markup))
    else:
        container.innerHTML = markup


def display(*values, target=None, append=True):
    """Show each value in `target` (an element id, `#` optional; default: the running script's output)."""
    element = _resolve_target(target)
    if not append:
        element.replaceChildren()
    for value in values:
        _write(element, value, append)
