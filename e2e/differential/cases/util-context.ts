import type { DiffCase } from "../case";

/** `pyscript.util` (as_bytearray, NotSupported, is_awaitable) and `pyscript.context`. */

export const cases: DiffCase[] = [
  {
    name: "util.as_bytearray: an ArrayBuffer",
    code: `import js
from pyscript.util import as_bytearray
array = js.Uint8Array.new(3)
array[0] = 1
array[1] = 2
array[2] = 255
data = as_bytearray(array.buffer)
print(type(data).__name__, list(data))`,
  },
  {
    name: "util.as_bytearray: an empty ArrayBuffer",
    code: `import js
from pyscript.util import as_bytearray
print(list(as_bytearray(js.ArrayBuffer.new(0))))`,
  },
  {
    name: "util.NotSupported: repr names it and its reason",
    code: `from pyscript.util import NotSupported
print(repr(NotSupported("thing", "not here")))`,
  },
  {
    name: "util.NotSupported: reading an attribute raises AttributeError",
    code: `from pyscript.util import NotSupported
NotSupported("thing", "not here").anything`,
  },
  {
    name: "util.NotSupported: setting an attribute raises AttributeError",
    code: `from pyscript.util import NotSupported
NotSupported("thing", "not here").anything = 1`,
  },
  {
    name: "util.NotSupported: calling it raises TypeError",
    code: `from pyscript.util import NotSupported
NotSupported("thing", "not here")(1, 2)`,
  },
  {
    name: "util.is_awaitable: async and plain functions",
    code: `from pyscript.util import is_awaitable
async def later():
    pass
def now():
    pass
print(is_awaitable(later), is_awaitable(now), is_awaitable(lambda: 1))`,
  },
  {
    name: "util.is_awaitable: bound methods",
    code: `from pyscript.util import is_awaitable
class Thing:
    async def later(self):
        pass
    def now(self):
        pass
thing = Thing()
print(is_awaitable(thing.later), is_awaitable(thing.now))`,
  },
  {
    name: "context: RUNNING_IN_WORKER",
    code: `from pyscript import context
print(context.RUNNING_IN_WORKER)`,
    notIsolated: true,
  },
  {
    name: "context: config has the interpreter type",
    code: `from pyscript.context import config
print(config["type"], type(config).__name__)`,
  },
  {
    name: "context: window and document reach the page",
    html: '<p id="para">text</p>',
    code: `from pyscript.context import window, document
print(document.getElementById("para").textContent, window.document.getElementById("para").id)`,
  },
  {
    name: "context: sync on the main thread is not supported",
    code: `from pyscript.context import sync
print(repr(sync))
sync.anything`,
    threads: ["main"],
  },
  {
    name: "context: calling sync on the main thread raises TypeError",
    code: `from pyscript.context import sync
sync()`,
    threads: ["main"],
  },
  {
    name: "context: PyWorker in a worker is not supported",
    code: `from pyscript.context import PyWorker
print(repr(PyWorker))
PyWorker("./worker.py")`,
    threads: ["worker"],
  },
  {
    name: "context: PyWorker on the main thread is a function",
    code: `from pyscript.context import PyWorker
print(callable(PyWorker))`,
    threads: ["main"],
  },
  {
    name: "context: js_import gives JavaScript modules",
    code: `from pyscript.context import js_import
(module,) = await js_import("data:text/javascript,export const answer = 42")
print(module.answer)`,
  },
  {
    name: "context: current_target is callable",
    code: `from pyscript.context import current_target
print(callable(current_target), type(current_target()).__name__)`,
  },
];
