import type { DiffCase } from "../case";

/**
 * `pyscript.fs`, `pyscript.media` and `pyscript.websocket`, as far as a headless page goes: mounting needs a
 * user's click and a folder, a stream needs a camera, and no WebSocket server answers (a socket to a closed
 * port fails, which is what the socket cases watch).
 */

const closedSocket = "ws://127.0.0.1:2/";
// Polls: asyncio.wait_for fails inside the runner's coroutine on PyScript's MicroPython.
const socketWaiter = `import asyncio
seen = []
closed = []
def on_close(event):
    seen.append("close %s %s" % (event.type, event.wasClean))
    closed.append(event.code)
def on_error(event):
    seen.append("error " + event.type)
async def wait_closed():
    for _ in range(1000):
        if closed:
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("no close event")`;

// PyScript's MicroPython loses the whole script when JavaScript throws inside a coroutine (the runner's), so
// cases that raise a JavaScript exception run on Pyodide only.
const pyodideOnly = ["pyodide"] as const;

export const cases: DiffCase[] = [
  {
    name: "fs: nothing is mounted at first",
    code: `from pyscript import fs
print(fs.mounted, "/data" in fs.mounted)`,
  },
  {
    name: "fs.sync: a path that was never mounted raises KeyError",
    code: `from pyscript import fs
await fs.sync("/never")`,
  },
  {
    name: "fs.unmount: a path that was never mounted raises KeyError",
    code: `from pyscript import fs
await fs.unmount("/never")`,
  },
  {
    name: "fs.revoke: a path and id never mounted gives False",
    code: `from pyscript import fs
print(await fs.revoke("/never", id="never-stored"))`,
  },
  {
    name: "fs: mount, sync, unmount and revoke are coroutine functions",
    code: `from pyscript import fs
from pyscript.util import is_awaitable
print([is_awaitable(f) for f in (fs.mount, fs.sync, fs.unmount, fs.revoke)])`,
  },
  {
    name: "media.Device: properties of a device info",
    code: `import js
from pyscript.ffi import to_js
from pyscript.media import Device
device = Device(to_js({"deviceId": "d1", "groupId": "g1", "kind": "videoinput", "label": "Camera"}))
print(device.id, device.group, device.kind, device.label)`,
  },
  {
    name: "media.Device: properties by item",
    code: `from pyscript.ffi import to_js
from pyscript.media import Device
device = Device(to_js({"deviceId": "d1", "groupId": "g1", "kind": "audioinput", "label": "Mic"}))
print(device["kind"], device["label"], device["id"])`,
  },
  {
    name: "media.Device: an item that is not a property raises AttributeError",
    code: `from pyscript.ffi import to_js
from pyscript.media import Device
Device(to_js({"kind": "audioinput"}))["nothing"]`,
  },
  {
    name: "media.Device: request_stream and load are coroutine functions",
    code: `from pyscript.media import Device
from pyscript.util import is_awaitable
print(is_awaitable(Device.request_stream), is_awaitable(Device.load), is_awaitable(Device(None).get_stream))`,
  },
  {
    name: "websocket: the ready state constants",
    code: `from pyscript import WebSocket
print(WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED)`,
  },
  {
    name: "websocket: importable from pyscript.websocket",
    code: `from pyscript.websocket import WebSocket, WebSocketEvent
import pyscript
print(WebSocket is pyscript.WebSocket, WebSocketEvent.__name__)`,
  },
  {
    name: "websocket: a new socket is connecting, with the JS socket's attributes",
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
print(socket.readyState, socket.url, socket.binaryType, socket.bufferedAmount, repr(socket.protocol))
socket.close()`,
  },
  {
    name: "websocket: a socket to a closed port reports error then close to its handlers",
    code: `${socketWaiter}
from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}", onerror=on_error, onclose=on_close)
await wait_closed()
print(seen, socket.readyState)`,
  },
  {
    name: "websocket: handlers assigned after creation, async ones too",
    // PyScript's MicroPython never calls an async socket handler (the case waits forever there).
    engines: pyodideOnly,
    code: `${socketWaiter}
from pyscript import WebSocket
async def on_close_later(event):
    await asyncio.sleep(0)
    on_close(event)
socket = WebSocket(url="${closedSocket}")
socket.onerror = on_error
socket.onclose = on_close_later
await wait_closed()
print(seen)`,
  },
  {
    name: "websocket: the close event's code",
    code: `${socketWaiter}
from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}", onclose=on_close)
await wait_closed()
print(closed)`,
  },
  {
    name: "websocket: sending while connecting raises the browser's InvalidStateError",
    engines: pyodideOnly,
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
try:
    socket.send("hello")
finally:
    socket.close()`,
  },
  {
    name: "websocket: close with a code the browser refuses",
    engines: pyodideOnly,
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
try:
    socket.close(code=1)
finally:
    socket.close()`,
  },
  {
    name: "websocket: close with code 0 closes as without a code",
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
socket.close(code=0, reason="ignored")
print(socket.readyState)`,
  },
  {
    name: "websocket: close with a code and a reason",
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
socket.close(code=3000, reason="done")
print(socket.readyState)`,
  },
  {
    name: "websocket: a URL that is not one raises the browser's SyntaxError",
    engines: pyodideOnly,
    code: `from pyscript import WebSocket
WebSocket(url="not a url")`,
  },
  {
    name: "websocket: a protocol given as a string",
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}", protocols="chat")
print(socket.readyState)
socket.close()`,
  },
  {
    name: "websocket: an attribute set on the socket reaches the JS socket",
    code: `from pyscript import WebSocket
socket = WebSocket(url="${closedSocket}")
socket.binaryType = "blob"
print(socket.binaryType)
socket.close()`,
  },
];
