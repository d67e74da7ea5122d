import { expect, test, type Page } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * A JavaScript exception thrown by a JS call while Python runs is a Python exception on both engines:
 * `except Exception` catches it, `except JsException` too (Pyodide's `pyodide.ffi.JsException`, MicroPython's
 * `jsffi.JsException`), and uncaught it is a py-error naming the JS error, after which the page goes on.
 */
const jsExceptionModule = { pyodide: "pyodide.ffi", micropython: "jsffi" } as const;

/**
 * Every kind of JS operation that can throw, each caught by `except Exception` with the JS error's message
 * (iteration's names iterating: Pyodide raises its own TypeError there); then a call and an awaited
 * promise that rejects, caught by `except JsException`, whose str() is the JS error's name and message.
 */
const catching = (module: string, log: string) => `import js
from ${module} import JsException
def log(text):
    ${log}.append(text)
# Pyodide reads an item with the object's get() method, MicroPython as a property: both throw here.
items_that_throw = js.eval("""new Proxy({}, {get(_, key) {
    if (key === "a") throw new Error("no item");
    if (key === "get") return () => { throw new Error("no item"); };
}})""")
throwing = [
    ("call", "in JSON", lambda: js.JSON.parse("{")),
    ("getter", "no x", lambda: js.eval("({get x() { throw new RangeError('no x') }})").x),
    ("new", "no new", lambda: js.eval("(class { constructor() { throw new TypeError('no new') } })").new()),
    ("iteration", "iter", lambda: [item for item in js.Object.new()]),
    ("item", "no item", lambda: items_that_throw["a"]),
]
for name, text, action in throwing:
    try:
        action()
        log(name + " not raised;")
    except Exception as error:
        log(name + (";" if text in str(error) else " (%s);" % error))
try:
    js.JSON.parse("{")
except JsException as error:
    log("JsException: " + str(error).split(" ")[0] + ";")
try:
    await js.eval("Promise.reject(new TypeError('late'))")
except JsException as error:
    log("awaited: " + str(error) + ";")
`;
const caughtLog = "call;getter;new;iteration;item;JsException: SyntaxError:;awaited: TypeError: late;";

/** Collects uncaught page errors: a JS exception must never end up as one. */
function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

for (const engine of engines) {
  const module = jsExceptionModule[engine.name];

  test(`${engine.name}: except catches JS exceptions of calls, getters, new, iteration, items and awaits, 10,000 in a loop too; uncaught ones are py-errors naming them`, async ({ page, request }) => {
    const errors = pageErrors(page);
    await openWorkerPage(
      page,
      request,
      `<button id="b">b</button><div id="log"></div>
<script type="${engine.type}">
from pyscript import when
import js
@when("click", "#b")
def clicked(event):
    js.document.getElementById("log").append("click;")
    js.JSON.parse("[")
</script>
<script type="${engine.type}">
${catching(module, 'js.document.getElementById("log")')}</script>
<script type="${engine.type}">
import js
caught = 0
for i in range(10000):
    try:
        js.JSON.parse("{")
    except Exception:
        caught += 1
js.document.getElementById("log").append("loop caught %d;" % caught)
js.JSON.parse("[")
</script>
<script type="${engine.type}">
import js
js.document.getElementById("log").append("next script;")
</script>`,
      { isolated: false },
    );
    await expect(page.locator("#log")).toHaveText(`${caughtLog}loop caught 10000;next script;`);
    await expect(page.locator(".py-error")).toHaveCount(1);
    await expect(page.locator(".py-error")).toContainText("JsException");
    await expect(page.locator(".py-error")).toContainText("SyntaxError: Unexpected end of JSON input");
    await page.click("#b");
    await page.click("#b");
    await expect(page.locator("#log")).toHaveText(`${caughtLog}loop caught 10000;next script;click;click;`);
    await expect(page.locator(".py-error")).toHaveCount(3);
    await expect(page.locator(".py-error").nth(2)).toContainText("SyntaxError: Unexpected end of JSON input");
    expect(errors).toEqual([]);
  });

  for (const isolated of [true, false]) {
    test(`${engine.name} worker: except catches JS exceptions, of the worker's and the page's objects, in handlers too; uncaught ones are py-errors (${isolated ? "isolated" : "not isolated"})`, async ({ page, request }) => {
      const errors = pageErrors(page);
      await openWorkerPage(
        page,
        request,
        `<button id="b">b</button><div id="log"></div>
<script type="${engine.type}" worker>
from pyscript import when, document
${catching(module, 'document.getElementById("log")')}
try:
    document.querySelector("!!")
except JsException as error:
    log("page: %s;" % ("querySelector" in str(error)))

@when("click", "#b")
def clicked(event):
    try:
        js.JSON.parse("{")
    except JsException:
        log("click caught;")
    js.JSON.parse("[")

document.body.dataset.bound = "yes"
</script>`,
        { isolated },
      );
      await expect(page.locator("body")).toHaveAttribute("data-bound", "yes", { timeout: 60_000 });
      await expect(page.locator("#log")).toHaveText(`${caughtLog}page: True;`);
      await page.click("#b");
      await expect(page.locator(".py-error")).toHaveCount(1);
      await expect(page.locator(".py-error")).toContainText("JsException");
      await expect(page.locator(".py-error")).toContainText("SyntaxError: Unexpected end of JSON input");
      await page.click("#b");
      await expect(page.locator("#log")).toHaveText(`${caughtLog}page: True;click caught;click caught;`);
      await expect(page.locator(".py-error")).toHaveCount(2);
      expect(errors).toEqual([]);
    });
  }
}
