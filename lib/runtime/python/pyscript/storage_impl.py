"""`pyscript.storage`: `store = await storage("name")`, a dict kept in the browser's IndexedDB.

Values: `bool`, `int`, `float`, `str`, `None`, and `list`/`dict`/`tuple` of them (a tuple comes back as a
list); a `bytearray`, `bytes` or `memoryview` as a value of its own (a memoryview comes back as a memoryview,
the others as a bytearray), not inside a structure. Each change is written in the background, in order;
`await store.sync()` waits for them.
Pass `storage_class=` a subclass of `Storage` to change how the dict behaves.
"""
import binascii
import json

import js
from pyscript.ffi import create_proxy

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
    # PyScript's message; the values it keeps are listed in this module's docstring.
    raise TypeError("Cannot serialize type %s for storage." % type(value).__name__)


def _encode(value):
    if isinstance(value, _BYTES):
        # A memoryview comes back as a memoryview, as under PyScript; bytes and bytearray as a bytearray.
        kind = "m" if isinstance(value, memoryview) else "b"
        return kind + binascii.b2a_base64(bytes(value)).decode().strip()
    _check(value)
    return "j" + json.dumps(value)


def _decode(text):
    if text[:1] in ("b", "m"):
        data = bytearray(binascii.a2b_base64(text[1:].encode()))
        return memoryview(data) if text[0] == "m" else data
    return json.loads(text[1:])


def _settled(target, success, failure):
    """A JS Promise for an IndexedDB request (`onsuccess`) or transaction (`oncomplete`)."""

    def start(resolve, reject):
        setattr(target, success, create_proxy(lambda event: resolve(getattr(target, "result", None))))
        setattr(target, failure, create_proxy(lambda event: reject(target.error)))

    return js.Promise.new(create_proxy(start))


class _IndexedStore:
    """One IndexedDB database per store name, holding strings in one object store. Each write is its own
    transaction, started at once: IndexedDB runs overlapping read-write transactions in the order they were
    made, so `sync()` only waits for the ones not yet committed."""

    _NAME = "entries"

    def __init__(self, database):
        self._database = database
        self._pending = []

    @classmethod
    async def open(cls, name):
        opening = js.indexedDB.open(name, 1)
        opening.onupgradeneeded = create_proxy(lambda event: opening.result.createObjectStore(cls._NAME))
        return cls(await _settled(opening, "onsuccess", "onerror"))

    def _write(self, action, *args):
        transaction = self._database.transaction(self._NAME, "readwrite")
        getattr(transaction.objectStore(self._NAME), action)(*args)
        self._pending.append(_settled(transaction, "oncomplete", "onerror"))

    def set(self, key, value):
        self._write("put", value, key)

    def delete(self, key):
        self._write("delete", key)

    def clear(self):
        self._write("clear")

    async def sync(self):
        pending, self._pending = self._pending, []
        for written in pending:
            await written

    async def entries(self):
        store = self._database.transaction(self._NAME, "readonly").objectStore(self._NAME)
        # Both requests before the first await: a transaction ends once nothing is pending in it.
        keys_read = _settled(store.getAllKeys(), "onsuccess", "onerror")
        values_read = _settled(store.getAll(), "onsuccess", "onerror")
        keys = await keys_read
        values = await values_read
        return [(str(keys[index]), str(values[index])) for index in range(keys.length)]


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
        raise ValueError("Storage name must be a non-empty string")
    store = await _IndexedStore.open(name)
    instance = storage_class(store)
    for key, value in await store.entries():
        instance._load(key, _decode(value))
    return instance
