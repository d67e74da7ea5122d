import { expect, test, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { engines } from "../runtime/project";
import { pageHtml, workerTypes } from "../workers/matrix";

/**
 * PyScript's APIs for JavaScript ("PyScript in JavaScript"): core.js's `PyWorker`/`MPWorker` and `donkey`,
 * `storage.js`, and the bridge (`@pyscript/bridge`), imported by the URLs PyScript's documentation gives,
 * which the preview answers with our runtime. Each page writes what its JavaScript saw into `#out`.
 */
const out = (page: Page) => page.locator("#out");
const core = "https://pyscript.net/releases/2026.7.1/core.js";

for (const worker of workerTypes) {
  for (const isolated of [true, false]) {
    const constructor = worker === "pyodide" ? `PyWorker("./worker.py", { type: "pyodide", config })` : `new MPWorker("./worker.py", { config })`;
    test(`JavaScript's ${worker === "pyodide" ? "PyWorker" : "MPWorker"} calls an exported and a sync function, the worker calls worker.sync's JS function, then terminate (${isolated ? "isolated" : "not isolated"})`, async ({ page, request }) => {
      const project = await createProject(
        request,
        [
          {
            path: "index.html",
            content: pageHtml(`<p id="out"></p>
<script type="module">
import { PyWorker, MPWorker } from "${core}";
const config = { files: { "./data.txt": "" } };
const worker = ${constructor};
worker.sync.double = (n) => n * 2;
const tripled = await worker.sync.triple(4);
await worker.ready;
const greeting = await worker.sync.greet("JS");
const out = document.querySelector("#out");
out.textContent = "triple: " + tripled + " | " + greeting;
worker.terminate();
try {
  await worker.sync.triple(1);
} catch (error) {
  out.textContent += " | after terminate: " + error.message;
}
</script>`),
          },
          {
            path: "worker.py",
            content: `from pyscript import sync
doubled = sync.double(21)
sync.triple = lambda n: n * 3 + doubled
data = open("data.txt").read().strip()

def greet(name):
    return f"hello {name}, {data}"

__export__ = ["greet"]
`,
          },
          { path: "data.txt", content: "from the config's files\n" },
        ],
        { isolated },
      );
      await page.goto(project.url);
      await expect(out(page)).toContainText("triple: 54 | hello JS, from the config's files", { timeout: 60_000 });
      await expect(out(page)).toContainText("after terminate: This worker was terminated: triple() cannot be called any more");
    });
  }
}

for (const engine of engines) {
  test(`donkey (${engine.name}): process shows code and output in its terminal, execute, evaluate, config, persistent or not, errors, clear, kill, a missing terminal element`, async ({ page, request }) => {
    const project = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<div id="donkey-terminal"></div>
<p id="out"></p>
<script type="module">
import { donkey } from "${core}";
const out = document.querySelector("#out");
const say = (text) => out.append(text + " | ");
const fresh = await donkey({ type: "${engine.type}", persistent: false, terminal: "#donkey-terminal", config: { files: { "./data.txt": "" } } });
say("config: " + (await fresh.evaluate("open('data.txt').read().strip()")));
await fresh.process('print("Hello from " + "Python!")\\n6 * 7');
await fresh.execute("x = 10");
await fresh.execute('print("executed", 2 ** 5)');
try {
  await fresh.evaluate("x");
} catch (error) {
  say("fresh globals: " + error.message.split("\\n").at(-1));
}
try {
  await fresh.execute("1 / 0");
} catch (error) {
  say("traceback: " + error.message.includes("Traceback") + " " + error.message.split("\\n").at(-1));
}
say("evaluate: " + JSON.stringify(await fresh.evaluate("{'a': [1, 2], 'b': 'text'}")));
const kept = await donkey({ type: "${engine.type}", persistent: true });
await kept.execute("x = 10");
say("persistent: " + (await kept.evaluate("x * 3")));
await kept.kill();
try {
  await kept.evaluate("x");
} catch (error) {
  say("after kill: " + error.message);
}
try {
  await donkey({ type: "${engine.type}", terminal: "#missing" });
} catch (error) {
  say("bad terminal: " + error.message);
}
window.fresh = fresh;
say("done");
</script>`),
      },
      { path: "data.txt", content: "a file from the donkey's config\n" },
    ]);
    await page.goto(project.url);
    await expect(out(page)).toContainText("done", { timeout: 60_000 });
    await expect(out(page)).toContainText("config: a file from the donkey's config");
    // MicroPython words it "isn't defined".
    await expect(out(page)).toContainText(/fresh globals: NameError: name 'x' is(n't| not) defined/);
    await expect(out(page)).toContainText(
      engine.name === "pyodide" ? "traceback: true ZeroDivisionError: division by zero" : "traceback: true ZeroDivisionError: divide by zero",
    );
    await expect(out(page)).toContainText('evaluate: {"a":[1,2],"b":"text"}');
    await expect(out(page)).toContainText("persistent: 30");
    await expect(out(page)).toContainText("after kill: This donkey was killed: evaluate() needs a new one");
    await expect(out(page)).toContainText('bad terminal: donkey(): no element matches the terminal selector "#missing"');
    const chosen = page.locator("#donkey-terminal .xterm-rows");
    await expect(chosen).toContainText('>>> print("Hello from " + "Python!")');
    await expect(chosen).toContainText("... 6 * 7");
    await expect(chosen).toContainText("Hello from Python!");
    await expect(chosen).toContainText("executed 32");
    await expect(chosen).toContainText("ZeroDivisionError");
    await expect(chosen).not.toContainText("x = 10");
    // The persistent donkey had no `terminal`: its own, at the end of the body.
    await expect(page.locator("body > .py-terminal:last-child")).toHaveCount(1);
    await expect(page.locator(".py-terminal")).toHaveCount(2);
    await page.evaluate(() => (window as unknown as { fresh: { clear(): Promise<void> } }).fresh.clear());
    await expect(chosen).not.toContainText("Hello from Python!");
    await page.evaluate(() => (window as unknown as { fresh: { process(code: string): Promise<void> } }).fresh.process("print('after clear')"));
    await expect(chosen).toContainText("after clear");
  });
}

for (const engine of engines) {
  test(`storage.js and Python's storage (${engine.name}) read what the other wrote to the same store; py:ready's detail has the script and wrap`, async ({ page, request }) => {
    const store = `js-api-${engine.name}-${Date.now()}`;
    const project = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<p id="out"></p>
<script type="${engine.type}" id="writer">
from pyscript import storage
store = await storage("${store}")
store["from_py"] = {"n": 1, "list": [1, "two"]}
store["doomed"] = True
store["raw"] = bytearray(b"\\x00\\x01\\xff")
await store.sync()
</script>
<script type="module">
import storage from "https://pyscript.net/releases/2026.7.1/storage.js";
const out = document.querySelector("#out");
const say = (text) => out.append(text + " | ");
document.addEventListener("py:ready", (event) => say("ready detail: " + event.detail.script.id + " " + event.detail.wrap.type), { once: true });
document.querySelector("#writer").addEventListener("py:done", async () => {
  const store = await storage("${store}");
  say("js read: " + store.from_py.n + " " + JSON.stringify(store.from_py.list) + " raw " + Array.from(store.raw).join(","));
  store.from_js = { theme: "dark", sizes: [1, 2.5] };
  store.bytes_js = new Uint8Array([7, 8]);
  delete store.doomed;
  say("js keys: " + Object.keys(store).sort().join(","));
  const reader = document.createElement("script");
  reader.type = "${engine.type}";
  reader.textContent = [
    "from pyscript import storage, document",
    "store = await storage('${store}')",
    "document.querySelector('#out').append('py read: %s %s %s %s | ' % (store['from_js']['theme'], store['from_js']['sizes'], list(store['bytes_js']), 'doomed' in store))",
  ].join("\\n");
  document.body.append(reader);
}, { once: true });
</script>`),
      },
    ]);
    await page.goto(project.url);
    await expect(out(page)).toContainText("py read: dark [1, 2.5] [7, 8] False", { timeout: 60_000 });
    await expect(out(page)).toContainText(`ready detail: writer ${engine.type}`);
    await expect(out(page)).toContainText('js read: 1 [1,"two"] raw 0,1,255');
    await expect(out(page)).toContainText("js keys: bytes_js,from_js,from_py,raw");
  });
}

/** A bridge module as PyScript's documentation writes one: a JS file beside the .py file of the same name. */
const bridgeModule = (name: string, options: string) => ({
  path: `${name}.js`,
  content: `import bridge from "https://esm.run/@pyscript/bridge";
export const pystuff = bridge(import.meta.url, ${options});
`,
});

for (const engine of engines) {
  test(`the bridge (${engine.name}) on the main thread and in workers: functions, an exception rejects with its message, env shares state, a pyscript version is ignored`, async ({ page, request }) => {
    const project = await createProject(request, [
      {
        path: "index.html",
        // No core.js on this page: the bridge loads the runtime itself.
        content: `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<p id="out"></p>
<script type="module">
import { pystuff as onPage } from "./calculations.js";
import { pystuff as inWorker } from "./utils.js";
import { pystuff as first } from "./first.js";
import { pystuff as second } from "./second.js";
const out = document.querySelector("#out");
const say = (text) => out.append(text + " | ");
const { add, factorial, slow_double, where: whereOnPage } = await onPage;
say("main: " + (await add(5, 3)) + " " + (await factorial(5)) + " " + (await slow_double(21)) + " " + (await whereOnPage()));
const { parse_json, divide, where } = await inWorker;
say("worker: " + (await parse_json('{"name": "Alice", "age": 30}')).name + " " + (await where()));
try {
  await divide(10, 0);
} catch (error) {
  say("rejected: " + error.name + ": " + error.message);
}
const { remember } = await first;
const { recall } = await second;
await remember("shared value");
say("env: " + (await recall()));
say("done");
</script>
</body></html>`,
      },
      bridgeModule("calculations", `{ type: "${engine.type}", worker: false }`),
      {
        path: "calculations.py",
        content: `import asyncio
from pyscript import RUNNING_IN_WORKER


def where():
    return "in a worker" if RUNNING_IN_WORKER else "on the page"


def add(a, b):
    return a + b


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


async def slow_double(n):
    await asyncio.sleep(0)
    return n * 2
`,
      },
      bridgeModule("utils", `{ type: "${engine.type}", config: {} }`),
      {
        path: "utils.py",
        content: `import json
from pyscript import RUNNING_IN_WORKER


def parse_json(text):
    return json.loads(text)


def where():
    return "in a worker" if RUNNING_IN_WORKER else "on the page"


def divide(a, b):
    if b == 0:
        raise ValueError("Cannot divide by zero")
    return a / b
`,
      },
      // `pyscript` (a version to load) is accepted and ignored.
      bridgeModule("first", `{ type: "${engine.type}", env: "shared", pyscript: "2025.11.2" }`),
      { path: "first.py", content: `def remember(value):
    global remembered
    remembered = value
` },
      bridgeModule("second", `{ type: "${engine.type}", env: "shared" }`),
      { path: "second.py", content: `def recall():
    return remembered
` },
    ]);
    await page.goto(project.url);
    await expect(out(page)).toContainText("done", { timeout: 60_000 });
    await expect(out(page)).toContainText("main: 8 120 42 on the page");
    await expect(out(page)).toContainText("worker: Alice in a worker");
    await expect(out(page)).toContainText("rejected: ValueError: Cannot divide by zero");
    await expect(out(page)).toContainText("env: shared value");
  });
}

for (const engine of engines) {
  test(`the bridge (${engine.name}) on a page that loads core.js shares its runtime: the page's script runs once, and worker: false is its interpreter`, async ({ page, request }) => {
    const project = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<p id="out"></p>
<script>window.scriptDone = new Promise((resolve) => document.addEventListener("py:done", resolve, { once: true }));</script>
<script type="${engine.type}">
from pyscript import document
open("marker.txt", "w").write("written by the page's script")
document.querySelector("#out").append("page script ran | ")
</script>
<script type="module">
import { pystuff } from "./reader.js";
await window.scriptDone;
const { read_marker } = await pystuff;
document.querySelector("#out").append("bridge read: " + (await read_marker()) + " | done");
</script>`),
      },
      bridgeModule("reader", `{ type: "${engine.type}", worker: false }`),
      { path: "reader.py", content: `def read_marker():\n    return open("marker.txt").read()\n` },
    ]);
    await page.goto(project.url);
    await expect(out(page)).toContainText("done", { timeout: 60_000 });
    await expect(out(page)).toHaveText("page script ran | bridge read: written by the page's script | done");
  });
}
