import type { DiffCase } from "../case";

/** `pyscript.ffi`: create_proxy, to_js, is_none, assign, jsnull, and gather/query/direct where PyScript has them. */

const js = (body: string) => `js.Function("value", ${JSON.stringify(body)})`;

// PyScript's MicroPython loses the whole script when JavaScript throws inside a coroutine (the runner's), so
// cases that raise a JavaScript exception run on Pyodide only.
const pyodideOnly = ["pyodide"] as const;

export const cases: DiffCase[] = [
  {
    name: "ffi: every public name imports",
    code: `from pyscript.ffi import create_proxy, to_js, is_none, assign, jsnull
print(callable(create_proxy), callable(to_js), callable(is_none), callable(assign))`,
  },
  {
    name: "ffi: reachable as pyscript.ffi",
    code: `import pyscript
print(pyscript.ffi.is_none(None))`,
  },
  {
    name: "ffi.create_proxy: JavaScript calls the Python function",
    code: `import js
from pyscript.ffi import create_proxy
double = create_proxy(lambda x: x * 2)
print(${js("return value(21)")}(double))`,
  },
  {
    name: "ffi.create_proxy: a proxy kept by JavaScript is called later",
    code: `import js, asyncio
from pyscript.ffi import create_proxy
calls = []
js.setTimeout(create_proxy(lambda: calls.append("later")), 0)
for _ in range(200):
    if calls:
        break
    await asyncio.sleep(0.01)
print(calls)`,
  },
  {
    name: "ffi.to_js: a dict becomes a plain JavaScript object",
    code: `import js
from pyscript.ffi import to_js
value = to_js({"a": 1, "b": "two"})
print(${js("return Object.getPrototypeOf(value) === Object.prototype")}(value), js.JSON.stringify(value))`,
  },
  {
    name: "ffi.to_js: nested lists and dicts",
    code: `import js
from pyscript.ffi import to_js
print(js.JSON.stringify(to_js({"list": [1, 2, {"deep": [True, None]}], "empty": {}})))`,
  },
  {
    name: "ffi.to_js: a list becomes an Array",
    code: `import js
from pyscript.ffi import to_js
print(js.Array.isArray(to_js([1, 2, 3])), ${js("return value.length")}(to_js([1, 2, 3])))`,
  },
  {
    name: "ffi.to_js: strings and numbers stay what they are",
    code: `from pyscript.ffi import to_js
print(to_js("text"), to_js(3), to_js(2.5), to_js(True))`,
  },
  {
    name: "ffi.is_none: None and JavaScript null",
    code: `import js
from pyscript.ffi import is_none
print(is_none(None), is_none(js.JSON.parse("null")), is_none(js.JSON.parse("{\\"a\\": null}").a))`,
  },
  {
    name: "ffi.is_none: falsy values that are not None",
    code: `from pyscript.ffi import is_none
print(is_none(0), is_none(""), is_none(False), is_none([]), is_none("None"))`,
  },
  {
    name: "ffi.jsnull: JavaScript null, which is_none knows",
    code: `import js
from pyscript.ffi import jsnull, is_none
print(is_none(jsnull), ${js("return value === null")}(jsnull))`,
  },
  {
    name: "ffi.jsnull: as an attribute of the module",
    code: `from pyscript import ffi
print(ffi.is_none(ffi.jsnull))`,
  },
  {
    name: "ffi.assign: merges dicts into a JavaScript object and returns it",
    code: `import js
from pyscript.ffi import assign
target = js.Object.new()
result = assign(target, {"a": 1}, {"b": 2, "a": 3})
print(js.JSON.stringify(target), js.JSON.stringify(result))`,
  },
  {
    name: "ffi.assign: with nothing to merge",
    code: `import js
from pyscript.ffi import assign
print(js.JSON.stringify(assign(js.Object.new())))`,
  },
  {
    name: "ffi.assign: into a page element's dataset",
    html: '<p id="para"></p>',
    code: `from pyscript import document
from pyscript.ffi import assign
assign(document.getElementById("para").dataset, {"x": "1", "y": "2"})`,
  },
  {
    name: "ffi.assign: into None raises the JavaScript TypeError",
    engines: pyodideOnly,
    code: `from pyscript.ffi import assign
assign(None, {"a": 1})`,
  },
  {
    name: "ffi.gather: values of several paths in one call (worker)",
    html: '<p id="para" title="tip">text</p>',
    code: `from pyscript import window
from pyscript.ffi import gather
tag, title = gather(window, "document.body.tagName", "document.getElementById")
print(tag, callable(title))`,
    threads: ["worker"],
  },
  {
    name: "ffi.query: the value at one path (worker)",
    code: `from pyscript import window
from pyscript.ffi import query
print(query(window, "document.body.tagName"), query(window, "Array.isArray.length"), query(window, 'Array["isArray"]["name"]'))`,
    threads: ["worker"],
  },
  {
    name: "ffi.query: an index in a path (worker)",
    html: '<p>first</p><p>second</p>',
    code: `from pyscript import document
from pyscript.ffi import query
print(query(document.getElementById("stage"), "children[1].textContent"), query(document, "body.children.length") > 0)`,
    threads: ["worker"],
  },
  {
    name: "ffi.query: a path that does not resolve (worker)",
    code: `from pyscript import window
from pyscript.ffi import query
print(query(window, "no_such_name.at_all"))`,
    threads: ["worker"],
    intended: "a path that does not resolve raises AttributeError naming where it stopped; PyScript (reflected-ffi) answers None, so a misspelt name goes unnoticed",
  },
  {
    name: "ffi.gather: on the main thread too",
    code: `import js
from pyscript.ffi import gather
print(gather(js, "document.body.tagName")[0])`,
    threads: ["main"],
    intended: "gather, query and direct work on the main thread too; PyScript defines them only in workers (the import fails on the main thread)",
  },
];
