"""`fetch(url)`: the browser's fetch, awaitable directly or through `.text()`, `.json()`, `.bytearray()`."""
import json
import sys

import _pyscript_js as _js
from pyscript.ffi import to_js


class _Response:
    def __init__(self, url, options):
        self._url = url
        self._options = options

    async def _send(self):
        if self._options:
            return await _js.window.fetch(self._url, to_js(self._options))
        return await _js.window.fetch(self._url)

    def __await__(self):
        return self._send().__await__()

    if sys.implementation.name == "micropython":
        # MicroPython awaits an object by iterating it; its coroutines are generators.
        def __iter__(self):
            return self._send()

    async def text(self):
        response = await self._send()
        return await response.text()

    async def json(self):
        return json.loads(await self.text())

    async def arrayBuffer(self):
        response = await self._send()
        return await response.arrayBuffer()

    async def bytearray(self):
        buffer = await self.arrayBuffer()
        if hasattr(buffer, "to_bytes"):  # Pyodide's JsBuffer
            return bytearray(buffer.to_bytes())
        return bytearray(_js.window.Uint8Array.new(buffer))


def fetch(url, **options):
    return _Response(url, options)
