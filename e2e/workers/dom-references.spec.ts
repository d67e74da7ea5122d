import { expect, test } from "@playwright/test";
import { openWorkerPage, scriptTypeOf, workerTypes } from "./matrix";

/**
 * `window`/`document` in a worker act on the page's real objects: references stay valid, methods, `new`,
 * iteration, plain data arguments, Python callables as event listeners (called back asynchronously);
 * and the package's own `display()` and `fetch()` inside a worker.
 */
for (const worker of workerTypes) {
  for (const isolated of [true, false]) {
    test(`page references from a ${worker} worker (${isolated ? "isolated" : "service-worker fallback"})`, async ({
      page,
      request,
    }) => {
      const consoleLines: string[] = [];
      page.on("console", (message) => consoleLines.push(message.text()));
      await openWorkerPage(page, request, `<div id="out"></div>
<script type="${scriptTypeOf[worker]}" worker service-worker="./sw.js">
from pyscript import document, window

out = document.getElementById("out")
button = document.createElement("button")
button.id = "press"
button.textContent = "press me"
out.append(button)

def on_click(event):
    out.append(f"clicked {event.target.id};")

button.addEventListener("click", on_click)
out.append("epoch " + window.Date.new(0).toISOString() + ";")
ids = [element.id for element in document.querySelectorAll("#out button")]
out.append(f"buttons {len(ids)} {ids[0]};")
out.dataset.info = "set"
window.console.log(window.JSON.stringify({"list": [1, "two"], "flag": True}))

from pyscript import display, fetch
display("shown by display")
out.append("fetched " + await fetch("./data.txt").text() + ";")
out.append("ready;")
</script>`, { isolated, files: [{ path: "data.txt", content: "from a file" }] });
      const out = page.locator("#out");
      await expect(out).toContainText("ready;", { timeout: 60_000 });
      await expect(out).toContainText("epoch 1970-01-01T00:00:00.000Z;");
      await expect(out).toContainText("buttons 1 press;");
      await expect(out).toHaveAttribute("data-info", "set");
      await expect(out).toContainText("fetched from a file;");
      // display() with no target writes after the worker's script tag, as on the main thread.
      await expect(page.locator("script[worker] + .py-output")).toHaveText("shown by display");
      expect(consoleLines).toContain('{"list":[1,"two"],"flag":true}');
      await page.getByRole("button", { name: "press me" }).click();
      await expect(out).toContainText("clicked press;");
    });
  }
}
