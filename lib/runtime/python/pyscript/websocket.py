"""`pyscript.WebSocket`: the browser's WebSocket (the worker's own, in a worker) with Python handlers.

`WebSocket(url=…, protocols=…, onopen=…, …)`; `onopen`, `onmessage`, `onclose`, `onerror` take a function
(or an `async def`) called with the event; a binary message's `event.data` is a memoryview (binaryType is
"arraybuffer" unless set otherwise). `send(str | bytes-like)`, `close(code=…, reason=…)`, and the JS
socket's attributes (`readyState`, `url`, `protocol`, `bufferedAmount`, `extensions`, `binaryType`).
"""
import js

from pyscript.events import _listener
from pyscript.ffi import to_js
from pyscript.util import as_bytearray

_HANDLERS = ("onopen", "onmessage", "onclose", "onerror")


class WebSocketEvent:
    """A socket event whose `data`, when binary, is a Python memoryview; everything else is the JS event's."""

    def __init__(self, event):
        self._event = event

    def __getattr__(self, name):
        value = getattr(self._event, name)
        if name == "data" and not isinstance(value, str) and str(js.Object.prototype.toString.call(value)) == "[object ArrayBuffer]":
            return memoryview(as_bytearray(value))
        return value


class WebSocket:
    CONNECTING = 0
    OPEN = 1
    CLOSING = 2
    CLOSED = 3

    def __init__(self, url, protocols=None, **handlers):
        if protocols is None:
            socket = js.WebSocket.new(url)
        else:
            socket = js.WebSocket.new(url, to_js(protocols) if isinstance(protocols, (list, tuple)) else protocols)
        socket.binaryType = "arraybuffer"
        object.__setattr__(self, "_socket", socket)
        for name, handler in handlers.items():
            setattr(self, name, handler)

    def __getattr__(self, name):
        return getattr(self._socket, name)

    def __setattr__(self, name, value):
        if name in _HANDLERS:
            setattr(self._socket, name, _listener(lambda event: value(WebSocketEvent(event))))
        else:
            setattr(self._socket, name, value)

    def send(self, data):
        if isinstance(data, str):
            self._socket.send(data)
        else:
            self._socket.send(js.Uint8Array.new(to_js(list(bytes(data)))))

    def close(self, code=None, reason=None):
        # As PyScript: a reason goes only with a code, and a code of 0 (or an empty reason) counts as none.
        if code and reason:
            self._socket.close(code, reason)
        elif code:
            self._socket.close(code)
        else:
            self._socket.close()
