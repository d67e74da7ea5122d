"""`fetch(url, **options)`: the browser's fetch with Python results.

`await fetch(url)` gives a response whose attributes are the JavaScript Response's (`ok`, `status`,
`statusText`, `headers`, `url`…); an HTTP error such as 404 is a response with `ok == False`, not an
exception. The body methods are awaitable on the response and directly on `fetch(url)`.
"""
import json
import sys

import _pyscript_js as _js
from pyscript.ffi import to_js

_MICROPYTHON = sys.implementation.name == "micropython"


def _to_bytes(buffer):
    """An ArrayBuffer as Python bytes, on either engine."""
    if hasattr(buffer, "to_bytes"):  # Pyodide's JsBuffer
        return buffer.to_bytes()
    return bytes(_js.window.Uint8Array.new(buffer))


class _Response:
    def __init__(self, response):
        self._response = response

    def __getattr__(self, name):
        return getattr(self._response, name)

    async def text(self):
        return await self._response.text()

    async def json(self):
        return json.loads(await self._response.text())

    async def arrayBuffer(self):
        data = _to_bytes(await self._response.arrayBuffer())
        # PyScript documents a memoryview on MicroPython and bytes on Pyodide; both convert with bytes().
        return memoryview(data) if _MICROPYTHON else data

    async def bytearray(self):
        return bytearray(_to_bytes(await self._response.arrayBuffer()))

    async def blob(self):
        return await self._response.blob()


class _Fetch:
    def __init__(self, url, options):
        self._url = url
        self._options = options
        self._sent = None

    async def _send(self):
        if self._sent is None:
            if self._options:
                response = await _js.window.fetch(self._url, to_js(self._options))
            else:
                response = await _js.window.fetch(self._url)
            self._sent = _Response(response)
        return self._sent

    def __await__(self):
        return self._send().__await__()

    if _MICROPYTHON:
        # MicroPython awaits an object by iterating it; its coroutines are generators.
        def __iter__(self):
            return self._send()

    async def text(self):
        return await (await self._send()).text()

    async def json(self):
        return await (await self._send()).json()

    async def arrayBuffer(self):
        return await (await self._send()).arrayBuffer()

    async def bytearray(self):
        return await (await self._send()).bytearray()

    async def blob(self):
        return await (await self._send()).blob()


def fetch(url, **options):
    return _Fetch(url, options)
