"""`pyscript.ffi.gather`, `query` and `direct` (many values in one trip, data by value), loaded on first use.

Paths are resolved in JavaScript (ffi/js-path.ts): on the page for a worker's page reference, in one round
trip, and where they are for any other JS object.
"""
import sys

import _pyscript_ffi
import _pyscript_js

if sys.implementation.name == "micropython":
    import js

    _JsProxy = type(js.Object)
else:
    from pyodide.ffi import JsProxy as _JsProxy


def gather(ref, *paths):
    """The last value of each path from `ref`, in order: `navigator, href = gather(window, "navigator", "location.href")`.

    A path is traversed, not evaluated: names, `.`, `[0]`, `["key"]`. From a worker, on a page object, all the
    paths cost one round trip. A path that does not resolve raises AttributeError naming it and the step where
    it stopped; one that is not a path raises ValueError.
    """
    for path in paths:
        if not isinstance(path, str):
            raise TypeError("a path is a str, not " + type(path).__name__)
    if not paths:
        return ()
    if type(ref).__name__ == "JsRef":
        from pyscript._worker_dom import gather_paths

        answer = gather_paths(ref, paths)
    else:
        answer = _pyscript_ffi.gather(ref, *paths)
    if isinstance(answer, str):  # js-path.ts's PathFailure: "<kind>: <message>"
        kind, _, message = answer.partition(": ")
        raise (ValueError if kind == "ValueError" else AttributeError)(message)
    return tuple(answer)


def query(ref, path):
    """The last value of one path from `ref`: `query(window, "document.body")`; see `gather`."""
    return gather(ref, path)[0]


_BYTES = "\x00bytes"  # plain-data.ts's parsePlain turns {_BYTES: [...]} back into a Uint8Array


def _plain(value, where):
    """`value` as JSON-ready data (tuples as lists, bytes marked), or TypeError naming what is not data."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise TypeError("direct(): %s is %r, which JSON has no number for" % (where, value))
        return value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {_BYTES: list(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item, "%s[%d]" % (where, index)) for index, item in enumerate(value)]
    if isinstance(value, dict):
        copy = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError("direct(): %s has the key %r: keys of data are str" % (where, key))
            copy[key] = _plain(item, "%s[%r]" % (where, key))
        return copy
    if type(value).__name__ == "JsRef":
        what = "a page object (pass it without direct())"
    elif isinstance(value, _JsProxy):
        what = "a JavaScript object"
    elif callable(value):
        what = "a function"
    else:
        what = "a " + type(value).__name__
    raise TypeError("direct(): %s is %s, not data (None, bool, int, float, str, bytes, list, tuple, dict)" % (where, what))


def direct(value):
    """`value` for JavaScript as a plain copy (objects, arrays, Uint8Array), for data to consume and forget.

    Raises TypeError naming what is not data (a function, a page object, a set…). In a worker the value itself
    comes back: a worker's lists, dicts and bytes are copied to the page whenever they are passed to it. On the
    main thread a list, dict or bytes comes back as its JavaScript copy (JSON's rules: None is null, tuples are
    arrays), since handing the Python object to JavaScript as it is would pass a live proxy of it.
    """
    import json

    data = _plain(value, "value")
    if _pyscript_js.RUNNING_IN_WORKER or data is value:
        return value
    return _pyscript_ffi.plain(json.dumps(data))
