"""`window` and `document` inside a worker: references to the page's real objects (issue 4).

Each operation is one synchronous round trip to the page (lib/runtime/main/workers/dom-bridge.ts), and
nothing else is sent: no type probing. A reference stays valid for the worker's lifetime, so caching
`body = document.body` saves the trips the documentation recommends saving. Only plain values cross:
primitives, lists, dicts, other references, and Python callables (called back asynchronously).
"""
import _pyscript_dom
from pyscript.ffi import create_proxy, to_js

_call = _pyscript_dom.call
_callbacks = {}
_callback_ids = {}


def _wrap(value, this=None):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    try:
        ref = value.r
    except AttributeError:
        return value
    return JsRef(ref, this if value.f else None)


def _to_wire(value):
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, JsRef):
        return {"r": value._ref}
    if isinstance(value, dict):
        return {"o": {str(k): _to_wire(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return {"a": [_to_wire(v) for v in value]}
    if callable(value):
        key = id(value)
        if key not in _callback_ids:
            _callback_ids[key] = len(_callbacks)
            _callbacks[len(_callbacks)] = value
        return {"c": _callback_ids[key]}
    return value


def _args(values):
    return to_js([_to_wire(v) for v in values])


def _dispatch(callback_id, args):
    _callbacks[callback_id](*[_wrap(arg) for arg in args])


_pyscript_dom.set_dispatcher(create_proxy(_dispatch))


class JsRef:
    """A page object seen from a worker: attributes, items, calls and `new()` act on the real object."""

    def __init__(self, ref, this=None):
        object.__setattr__(self, "_ref", ref)
        object.__setattr__(self, "_this", this)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _wrap(_call("get", self._ref, name, None), self._ref)

    def __setattr__(self, name, value):
        _call("set", self._ref, name, _args([value]))

    def __delattr__(self, name):
        _call("del", self._ref, name, None)

    def __getitem__(self, key):
        return _wrap(_call("get", self._ref, key, None), self._ref)

    def __setitem__(self, key, value):
        _call("set", self._ref, key, _args([value]))

    def __delitem__(self, key):
        _call("del", self._ref, key, None)

    def __contains__(self, key):
        return _call("has", self._ref, key, None)

    def __call__(self, *args):
        return _wrap(_call("apply", self._ref, self._this, _args(args)))

    def new(self, *args):
        return _wrap(_call("new", self._ref, None, _args(args)))

    def __len__(self):
        return int(_call("len", self._ref, None, None))

    def __iter__(self):
        return iter([_wrap(item) for item in _call("iter", self._ref, None, None)])

    def __bool__(self):
        return True

    def __eq__(self, other):
        return isinstance(other, JsRef) and other._ref == self._ref

    def __hash__(self):
        return self._ref

    def __str__(self):
        return _call("str", self._ref, None, None)

    def __repr__(self):
        return "<page object %s>" % _call("str", self._ref, None, None)


window = JsRef(0)
document = window.document
