"""`window` and `document` inside a worker: references to the page's real objects.

Each operation is one synchronous round trip to the page (lib/runtime/main/workers/dom-bridge.ts), and
nothing else is sent: no type probing. A reference stays valid while Python holds it, so caching
`body = document.body` saves the trips the documentation recommends saving; once Python drops its last
reference to a page object, the page lets go of it too (lib/runtime/worker/page-references.ts). Only
plain values cross: primitives, lists, dicts, bytes, other references, and Python callables (called back
asynchronously). This runs for every attribute a worker reads, so it favours few calls over elegance.
"""
import json
import sys

import _pyscript_dom
from pyscript.ffi import create_proxy, is_none, jsnull, to_js

_call = _pyscript_dom.call
_gather = _pyscript_dom.gather
_last = _pyscript_dom.last
_REF = _pyscript_dom.REF
_MISSING = _pyscript_dom.MISSING
_MICROPYTHON = sys.implementation.name == "micropython"
_token = _pyscript_dom.token
_release = _pyscript_dom.release
_setattr = object.__setattr__
_callbacks = {}
_callback_ids = {}


def _reference(this):
    """The reference `_call` just answered with; `this` is kept alive for a method to be called on."""
    code = _last()
    return JsRef(code >> 1, this if code & 1 else None)


def _from_wire(value):
    # Values inside lists (iteration) and callback arguments: `{r: id, f: 0|1}` for a reference;
    # null is Pyodide's jsnull, as in a plain read.
    if is_none(value) or isinstance(value, (str, int, float, bool)):
        return value
    return JsRef(value.r)


def _to_wire(value):
    if value is None:
        # JavaScript null: Pyodide's to_js would make None undefined, which JSON drops from objects.
        return jsnull
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, JsRef):
        return {"r": value._ref}
    if isinstance(value, dict):
        return {"o": {str(k): _to_wire(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple)):
        return {"a": [_to_wire(v) for v in value]}
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"b": list(value)}
    if callable(value):
        key = id(value)
        if key not in _callback_ids:
            _callback_ids[key] = len(_callbacks)
            _callbacks[len(_callbacks)] = value
        return {"c": _callback_ids[key]}
    return value


def _args(values):
    return to_js([_to_wire(v) for v in values])


def _answer(value):
    return value if value != _REF else _reference(None)


def gather_paths(ref, paths):
    """pyscript.ffi.gather on a page object: every path in one round trip; the values, or why a path failed.

    JSON both ways: decoding the answer at once is several times faster than walking a JS array item by item.
    """
    answer = _gather(ref._ref, json.dumps(paths))
    if answer[0] != "[":
        return answer
    return [JsRef(value["r"]) if isinstance(value, dict) else value for value in json.loads(answer)]


def _dispatch(callback_id, args):
    _callbacks[callback_id](*[_from_wire(arg) for arg in args])


_pyscript_dom.set_dispatcher(create_proxy(_dispatch))


class JsRef:
    """A page object seen from a worker: attributes, items, calls and `new()` act on the real object."""

    # The object a method was read from, for `this` when it is called (kept alive with the method).
    _this = None

    def __init__(self, ref, this=None):
        _setattr(self, "_ref", ref)
        if this is not None:
            _setattr(self, "_this", this)
        if _MICROPYTHON:
            _setattr(self, "_token", _token(ref))

    if not _MICROPYTHON:

        def __del__(self):
            _release(self._ref)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        value = _call("get", self._ref, name, None)
        if value == _MISSING:
            # Each engine's own message for a JS object's missing attribute.
            raise AttributeError("'JsProxy' object has no attribute '%s'" % name if _MICROPYTHON else name)
        return value if value != _REF else _reference(self)

    def __setattr__(self, name, value):
        _call("set", self._ref, name, _args([value]))

    def __delattr__(self, name):
        _call("del", self._ref, name, None)

    def __getitem__(self, key):
        value = _call("get", self._ref, key, None)
        if value == _MISSING:
            return None
        return value if value != _REF else _reference(self)

    def __setitem__(self, key, value):
        _call("set", self._ref, key, _args([value]))

    def __delitem__(self, key):
        _call("del", self._ref, key, None)

    def __contains__(self, key):
        return _call("has", self._ref, key, None)

    def __call__(self, *args):
        this = self._this
        return _answer(_call("apply", self._ref, None if this is None else this._ref, _args(args)))

    def new(self, *args):
        return _answer(_call("new", self._ref, None, _args(args)))

    def __len__(self):
        return int(_call("len", self._ref, None, None))

    def __iter__(self):
        return iter([_from_wire(item) for item in _call("iter", self._ref, None, None)])

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


async def settle(promise):
    """The value of a page promise (a JsRef), awaited from the worker: the page calls back when it settles."""
    import asyncio

    done = asyncio.Event()
    outcome = []

    def resolved(value):
        outcome.append((True, value))
        done.set()

    def rejected(error):
        outcome.append((False, error))
        done.set()

    promise.then(resolved, rejected)
    await done.wait()
    succeeded, value = outcome[0]
    if not succeeded:
        raise RuntimeError(str(value))
    return value
