"""`pyscript.fs`: a local folder (File System Access API) mounted into the interpreter's file system.

`await mount(path, mode="readwrite", id="pyscript", root="")` asks for a folder with `showDirectoryPicker`
(which needs a user gesture) the first time, and keeps its handle in IndexedDB under `id`, so later mounts
with the same `id` reuse it without asking. `root` is the picker's start folder ("documents", "downloads"…).
`await sync(path)` writes the interpreter's changes back to the folder, `await unmount(path)` syncs and
unmounts (both a KeyError for a path that is not mounted), `await revoke(path, id="pyscript")` unmounts
without syncing and forgets the stored handle (True if there was one).
`mounted` maps each mounted path to its folder handle.
Pyodide mounts the folder itself (`mountNativeFS`); on MicroPython the files are copied into the VFS on
mount and written back, deletions included, on sync.
"""
import os
import sys

import js
from pyscript import RUNNING_IN_WORKER
from pyscript.ffi import create_proxy, to_js
from pyscript.storage_impl import _settled
from pyscript.util import as_bytearray

_DATABASE = "pyscript-fs"
_HANDLES = "handles"
# Mounted paths and their folder handles, as PyScript's `fs.mounted`.
mounted = {}
# What each engine needs to sync and unmount a path.
_mounts = {}


async def _handles(access):
    opening = js.indexedDB.open(_DATABASE, 1)
    opening.onupgradeneeded = create_proxy(lambda event: opening.result.createObjectStore(_HANDLES))
    database = await _settled(opening, "onsuccess", "onerror")
    return database.transaction(_HANDLES, access).objectStore(_HANDLES)


async def _stored_handle(id):
    return await _settled((await _handles("readonly")).get(id), "onsuccess", "onerror")


async def _keep_handle(id, handle):
    await _settled((await _handles("readwrite")).put(handle, id), "onsuccess", "onerror")


async def _granted(handle, mode):
    # A handle without the permission methods (a browser that lacks them) has nothing to ask.
    if not hasattr(handle, "queryPermission"):
        return
    options = to_js({"mode": mode})
    if await handle.queryPermission(options) == "granted":
        return
    if not hasattr(handle, "requestPermission"):  # a worker: only the page can ask
        raise PermissionError("fs.mount: %s access to the folder lapsed; mount it again on the main thread" % mode)
    if await handle.requestPermission(options) != "granted":
        raise PermissionError("fs.mount: %s access to the folder was not granted" % mode)


def _clean(path):
    return path.rstrip("/") or "/"


async def mount(path, mode="readwrite", id="pyscript", root=""):
    path = _clean(path)
    if path in mounted:
        raise ValueError("fs.mount: %s is already mounted" % path)
    handle = await _stored_handle(id)
    if handle is None:
        if RUNNING_IN_WORKER:
            raise RuntimeError(
                "fs.mount in a worker: no folder is stored under id %r, and only the page can ask for one: "
                "mount it once on the main thread (from a click) with the same id" % id
            )
        if not hasattr(js, "showDirectoryPicker"):
            raise RuntimeError("fs.mount: this browser has no showDirectoryPicker (File System Access API)")
        options = {"id": id, "mode": mode}
        if root:
            options["startIn"] = root
        # Throws a SecurityError without a user gesture (a click handler).
        handle = await js.showDirectoryPicker(to_js(options))
        await _keep_handle(id, handle)
    await _granted(handle, mode)
    _mounts[path] = await _engine.mount(path, handle)
    mounted[path] = handle


async def sync(path):
    await _engine.sync(_mount_of(path, "Use fs.mount() to mount it first."))


async def unmount(path):
    mount_state = _mount_of(path, "Cannot unmount.")
    path = _clean(path)
    await _engine.sync(mount_state)
    _engine.unmount(path, mount_state)
    del _mounts[path], mounted[path]


async def revoke(path, id="pyscript"):
    """Unmounts `path` (if mounted) and forgets the folder stored under `id`; whether one was stored."""
    path = _clean(path)
    if path in _mounts:
        _engine.unmount(path, _mounts.pop(path))
        del mounted[path]
    stored = await _stored_handle(id) is not None
    if stored:
        await _settled((await _handles("readwrite")).delete(id), "onsuccess", "onerror")
    return stored


def _mount_of(path, advice):
    mount_state = _mounts.get(_clean(path))
    if mount_state is None:
        # PyScript's error and message: a KeyError, as `mounted[path]` would be.
        raise KeyError("Path '%s' is not mounted. %s" % (path, advice))
    return mount_state


class _Pyodide:
    @staticmethod
    async def mount(path, handle):
        import pyodide_js

        return await pyodide_js.mountNativeFS(path, handle)

    @staticmethod
    async def sync(mount_state):
        await mount_state.syncfs()

    @staticmethod
    def unmount(path, mount_state):
        import pyodide_js

        pyodide_js.FS.unmount(path)


def _is_dir(path):
    return os.stat(path)[0] & 0x4000 != 0


def _remove_tree(path):
    for name in os.listdir(path):
        child = path + "/" + name
        if _is_dir(child):
            _remove_tree(child)
            os.rmdir(child)
        else:
            os.remove(child)


def _make_dirs(path):
    built = ""
    for part in path.split("/"):
        if not part:
            continue
        built += "/" + part
        try:
            os.mkdir(built)
        except OSError:
            pass


async def _entries(directory):
    iterator = directory.entries()
    found = []
    while True:
        step = await iterator.next()
        if step.done:
            return found
        found.append((str(step.value[0]), step.value[1]))


class _MicroPython:
    """MicroPython's VFS cannot be backed by the folder: copies in on mount, back out on sync."""

    @staticmethod
    async def mount(path, handle):
        _make_dirs(path)
        if os.listdir(path):
            raise ValueError("fs.mount: %s is not empty" % path)
        await _MicroPython._copy_in(handle, path)
        return (path, handle)

    @staticmethod
    async def _copy_in(directory, path):
        for name, entry in await _entries(directory):
            child = path + "/" + name
            if entry.kind == "directory":
                os.mkdir(child)
                await _MicroPython._copy_in(entry, child)
            else:
                data = as_bytearray(await (await entry.getFile()).arrayBuffer())
                with open(child, "wb") as file:
                    file.write(data)

    @staticmethod
    async def sync(mount_state):
        path, handle = mount_state
        await _MicroPython._copy_out(path, handle)

    @staticmethod
    async def _copy_out(path, directory):
        local = set(os.listdir(path))
        for name, entry in await _entries(directory):
            if name not in local or (entry.kind == "directory") != _is_dir(path + "/" + name):
                await directory.removeEntry(name, to_js({"recursive": True}))
        create = to_js({"create": True})
        for name in local:
            child = path + "/" + name
            if _is_dir(child):
                await _MicroPython._copy_out(child, await directory.getDirectoryHandle(name, create))
                continue
            with open(child, "rb") as file:
                data = file.read()
            writable = await (await directory.getFileHandle(name, create)).createWritable()
            await writable.write(js.Uint8Array.new(to_js(list(data))))
            await writable.close()

    @staticmethod
    def unmount(path, mount_state):
        _remove_tree(path)


_engine = _MicroPython if sys.implementation.name == "micropython" else _Pyodide
