"""`pyscript.storage`: `store = await storage("name")`, a dict kept in the browser's IndexedDB.

Values: `bool`, `int`, `float`, `str`, `None`, and `list`/`dict`/`tuple` of them (a tuple comes back as a
list); a `bytearray`, `bytes` or `memoryview` as a value of its own (it comes back as a bytearray), not inside
a structure. Each change is written in the background, in order; `await store.sync()` waits for them.
Pass `storage_class=` a subclass of `Storage` to change how the dict behaves.
"""
import binascii
import json

import _pyscript_js as _js

_BYTES = (bytearray, bytes, memoryview)


def _check(value):
    if value is None or isinstance(value, (bool, int, float, str)):
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            _check(item)
        return
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        for item in value.values():
            _check(item)
        return
    raise TypeError(
        "storage values are bool, int, float, str, None, lists, tuples and dicts (str keys) of them, or "
        "bytes-like on their own: %r is none of these" % (value,)
    )


def _encode(value):
    if isinstance(value, _BYTES):
        return "b" + binascii.b2a_base64(bytes(value)).decode().strip()
    _check(value)
    return "j" + json.dumps(value)


def _decode(text):
    if text.startswith("b"):
        return bytearray(binascii.a2b_base64(text[1:].encode()))
    return json.loads(text[1:])


class Storage(dict):
    """The dict `storage()` returns; each change also goes to the IndexedDB store behind it."""

    def __init__(self, store):
        super().__init__()
        self._store = store

    def __setitem__(self, key, value):
        encoded = _encode(value)
        super().__setitem__(key, value)
        self._store.set(str(key), encoded)

    def __delitem__(self, key):
        super().__delitem__(key)
        self._store.delete(str(key))

    def clear(self):
        super().clear()
        self._store.clear()

    async def sync(self):
        await self._store.sync()

    def _load(self, key, value):
        # What the store already holds: into the dict, without writing it back.
        super().__setitem__(key, value)


async def storage(name="", storage_class=Storage):
    if not name:
        raise ValueError("storage() needs the name of the store, e.g. await storage('my-app')")
    store = await _js.open_store(name)
    instance = storage_class(store)
    for pair in await store.entries():
        instance._load(str(pair[0]), _decode(str(pair[1])))
    return instance
