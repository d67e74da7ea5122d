import { expect, test, type Page } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines, recordRuntimeEvents, waitForAllDone } from "./project";

/**
 * The config keys that switch the runtime's own behaviour: `plugins` (`!error`, `!py-terminal`,
 * `!py-editor`, unknown names), `debug`, `sync_main_only`, `experimental_create_proxy`, and that a value
 * of the wrong type is a ConfigError naming its key (docs/compatibility.md).
 */

/** Every console message and uncaught page error, as "type: text", from the moment the page opens. */
function recordConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

const seen = (messages: string[], pattern: RegExp) => expect.poll(() => messages.some((m) => pattern.test(m)), { timeout: 60_000 });

for (const engine of engines) {
  const configTag = engine.type === "py" ? "py-config" : "mpy-config";

  test(`${engine.name}: plugins "!error": errors of the main thread and of a worker reach console.error, not the page`, async ({ page, request }) => {
    const messages = recordConsole(page);
    await openWorkerPage(page, request, `<${configTag}>plugins = ["!error"]</${configTag}>
<script type="${engine.type}">raise ValueError("main boom")</script>
<script type="${engine.type}" worker>raise ValueError("worker boom")</script>`, { isolated: false });
    await seen(messages, /^error: [^]*ValueError: main boom/).toBe(true);
    await seen(messages, /^error: [^]*ValueError: worker boom/).toBe(true);
    // showError adds the block before it logs: once both are logged, a block would be there.
    await expect(page.locator(".py-error")).toHaveCount(0);
  });

  test(`${engine.name}: plugins "!py-terminal": terminal scripts print to the console and no terminal appears, main thread and worker`, async ({ page, request }) => {
    const messages = recordConsole(page);
    await openWorkerPage(page, request, `<${configTag}>plugins = ["!py-terminal"]</${configTag}>
<script type="${engine.type}" terminal>print("main line")</script>
<script type="${engine.type}" worker terminal>print("worker line")</script>`, { isolated: false });
    await seen(messages, /^log: main line$/).toBe(true);
    await seen(messages, /^log: worker line$/).toBe(true);
    await expect(page.locator(".py-terminal")).toHaveCount(0);
  });

  test(`${engine.name}: plugins "!py-editor": editor cells are not rendered and the editor chunk is never requested`, async ({ page, request }) => {
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await openWorkerPage(page, request, `<${configTag}>plugins = ["!py-editor"]</${configTag}>
<script type="${engine.prefix}-editor">print("never")</script>
<script type="${engine.type}">
from pyscript import document
document.body.dataset.ran = "yes"
</script>`, { isolated: false });
    // The script runs after its interpreter read the config, which is when cells are decided.
    await expect(page.locator("body")).toHaveAttribute("data-ran", "yes", { timeout: 60_000 });
    await expect(page.locator(".py-editor")).toHaveCount(0);
    expect(requested.filter((path) => path.endsWith("/editor.js"))).toEqual([]);
  });

  test(`${engine.name}: a plugin name the runtime has no code for is a console warning naming it, and the page runs`, async ({ page, request }) => {
    const messages = recordConsole(page);
    await openWorkerPage(page, request, `<${configTag}>plugins = ["custom_plugin", "!error"]</${configTag}>
<script type="${engine.type}">
from pyscript import document
document.body.dataset.ran = "yes"
</script>`, { isolated: false });
    await expect(page.locator("body")).toHaveAttribute("data-ran", "yes", { timeout: 60_000 });
    expect(messages.filter((m) => m.startsWith("warning: plugins:"))).toEqual([
      'warning: plugins: "custom_plugin" is not a built-in plugin and this runtime cannot load plugin code: it is ignored',
    ]);
  });

  test(`${engine.name}: config flags of the wrong type are a ConfigError naming each key, main thread and worker`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<${configTag}>
plugins = "!error"
debug = "yes"
sync_main_only = 1
experimental_create_proxy = "always"
experimental_ffi_timeout = "10"
</${configTag}>
<script type="${engine.type}">print("never")</script>
<script type="${engine.type}" worker config='{"debug": 1}'>print("never")</script>`, { isolated: false });
    const errors = page.locator(".py-error");
    await expect(errors).toHaveCount(2, { timeout: 60_000 });
    const main = (await errors.allTextContents()).find((text) => text.includes("plugins"))!;
    expect(main).toMatch(/^ConfigError: Invalid config: /);
    for (const key of ["plugins", "debug", "sync_main_only", "experimental_create_proxy", "experimental_ffi_timeout"]) expect(main).toContain(`${key}: `);
    await expect(errors.filter({ hasNotText: "plugins" })).toHaveText(/^ConfigError: Invalid config: debug: /);
  });

  test(`${engine.name}: experimental_create_proxy = "auto": a click handler added without create_proxy fires on two clicks and setTimeout callbacks run, main thread and worker`, async ({ page, request }) => {
    const messages = recordConsole(page);
    await openWorkerPage(page, request, `<${configTag}>experimental_create_proxy = "auto"</${configTag}>
<button id="b">click</button>
<script type="${engine.type}">
import js
from pyscript import document

clicks = 0
def handler(event):
    global clicks
    clicks += 1
    document.body.dataset.clicks = str(clicks)

def later():
    document.body.dataset.timer = "ran"

document.getElementById("b").addEventListener("click", handler)
js.setTimeout(later, 10)
</script>
<script type="${engine.type}" worker>
import js
js.setTimeout(lambda: print("worker timer ran"), 10)
</script>`, { isolated: false });
    await expect(page.locator("body")).toHaveAttribute("data-timer", "ran", { timeout: 60_000 });
    await page.locator("#b").click();
    await expect(page.locator("body")).toHaveAttribute("data-clicks", "1");
    await page.locator("#b").click();
    await expect(page.locator("body")).toHaveAttribute("data-clicks", "2");
    await seen(messages, /^log: worker timer ran$/).toBe(true);
    await expect(page.locator(".py-error")).toHaveCount(0);
  });

  test(`${engine.name}: debug = true: scripts run as usual, main thread and worker`, async ({ page, request }) => {
    const messages = recordConsole(page);
    await openWorkerPage(page, request, `<${configTag}>debug = true</${configTag}>
<script type="${engine.type}">
from pyscript import document
document.body.dataset.main = "ran"
</script>
<script type="${engine.type}" worker>print("worker ran")</script>`, { isolated: false });
    await expect(page.locator("body")).toHaveAttribute("data-main", "ran", { timeout: 60_000 });
    await seen(messages, /^log: worker ran$/).toBe(true);
    await expect(page.locator(".py-error")).toHaveCount(0);
  });

  const exportsAndRefusal = `<script type="${engine.type}" worker name="flags" config='{"sync_main_only": true}'>
def double(x):
    return x * 2
__export__ = ["double"]
</script>
<script type="${engine.type}" worker config='{"sync_main_only": true}'>
from pyscript import document
document.title = "changed"
</script>
<script type="${engine.type}" worker config='{"sync_main_only": true}'>
from pyscript import sync
sync.on_page("from the worker")
</script>
<script type="${engine.type}">
from pyscript import workers, document
flags = await workers["flags"]
document.body.dataset.doubled = str(await flags.double(21))
</script>`;

  for (const isolated of [false, true]) {
    test(`${engine.name}: sync_main_only workers (${isolated ? "isolated" : "not isolated"}): exports are called from the page, document and sync calls raise an error naming the flag, no service worker`, async ({ page, request }) => {
      await openWorkerPage(page, request, exportsAndRefusal, { isolated });
      await expect(page.locator("body")).toHaveAttribute("data-doubled", "42", { timeout: 60_000 });
      const errors = page.locator(".py-error");
      await expect(errors).toHaveCount(2, { timeout: 60_000 });
      for (const text of await errors.allTextContents()) expect(text).toContain("sync_main_only is set in this worker's config");
      expect(await page.title()).not.toBe("changed");
      await expect(page.locator("#pysandbox-sw-notice")).toHaveCount(0);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    });
  }
}

test('pyodide: plugins "!py-game": a py-game script does not run and adds no canvas', async ({ page, request }) => {
  await recordRuntimeEvents(page);
  await openWorkerPage(page, request, `<py-config>plugins = ["!py-game"]</py-config>
<script type="py-game">print("never")</script>
<script type="py">
from pyscript import document
document.body.dataset.ran = "yes"
</script>`, { isolated: false });
  await expect(page.locator("body")).toHaveAttribute("data-ran", "yes", { timeout: 60_000 });
  await waitForAllDone(page);
  await expect(page.locator("canvas")).toHaveCount(0);
  await expect(page.locator(".py-error")).toHaveCount(0);
});

const borrowedHandler = `<button id="b">click</button>
<script type="py">
from pyscript import document
def handler(event):
    document.body.dataset.clicked = "yes"
document.getElementById("b").addEventListener("click", handler)
document.body.dataset.ran = "yes"
</script>`;

test("pyodide: without experimental_create_proxy, a handler added without create_proxy fails with Pyodide's destroyed-proxy error", async ({ page, request }) => {
  const messages = recordConsole(page);
  await openWorkerPage(page, request, borrowedHandler, { isolated: false });
  await expect(page.locator("body")).toHaveAttribute("data-ran", "yes", { timeout: 60_000 });
  await page.locator("#b").click();
  await seen(messages, /^pageerror: This borrowed proxy was automatically destroyed at the end of a function call\. Try using create_proxy or create_once_callable\.\nFor more information about the cause of this error, use `pyodide\.setDebug\(true\)`/).toBe(true);
  await expect(page.locator("body")).not.toHaveAttribute("data-clicked");
});

test("pyodide: debug = true runs the page in debug mode: the destroyed-proxy error names the Python function", async ({ page, request }) => {
  const messages = recordConsole(page);
  await openWorkerPage(page, request, `<py-config>debug = true</py-config>\n${borrowedHandler}`, { isolated: false });
  await expect(page.locator("body")).toHaveAttribute("data-ran", "yes", { timeout: 60_000 });
  await page.locator("#b").click();
  await seen(messages, /^pageerror: This borrowed proxy was automatically destroyed[^]*The object was of type "function" and had repr "<function handler at /).toBe(true);
});
