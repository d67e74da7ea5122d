import { expect, test, type Page } from "@playwright/test";
import { pageHtml, scriptTypeOf, workerTypes } from "./matrix";
import { createProject } from "../support/projects";

/**
 * Page objects a worker touched and dropped are let go on the page: 600 `document.createElement` calls
 * and 200 event callbacks (a new event object each; 200 and 60 through the slower service-worker
 * fallback, still well past the bound) leave the page's table of worker references small,
 * while a reference the worker keeps in a variable goes on working. A person would only notice the
 * opposite, as memory that grows for as long as the page stays open.
 *
 * MicroPython has no reference counting: its objects go at its next garbage collection, and the page hears
 * of it after the worker's JS collector ran too, so the worker calls both collectors (Chromium exposes
 * `gc` with --expose-gc, which only this spec sets).
 */
test.use({
  launchOptions: [
    async ({ launchOptions }, use) =>
      use({ ...launchOptions, args: [...(launchOptions.args ?? []), "--js-flags=--expose-gc"] }),
    { scope: "worker" },
  ],
});

const script = (elements: number) => `
import gc
import js
from pyscript import document

out = document.getElementById("out")
for i in range(${elements}):
    item = document.createElement("span")
    item.textContent = str(i)

pings = 0

def on_ping(event):
    global pings
    pings += 1
    event.target.dataset.pings = str(pings)

def on_collect(event):
    gc.collect()
    js.gc()
    out.dataset.collected = "yes"

out.addEventListener("ping", on_ping)
out.addEventListener("collect", on_collect)
out.dataset.ready = "yes"
`;

const referenceCount = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as Record<symbol, () => number>)[Symbol.for("pysandbox.workerPageReferences")]!());

for (const worker of workerTypes) {
  for (const isolated of [true, false]) {
    test(`a ${worker} worker's dropped page references are released (${isolated ? "isolated" : "service-worker fallback"})`, async ({
      page,
      request,
    }) => {
      const { elements, events } = isolated ? { elements: 600, events: 200 } : { elements: 200, events: 60 };
      const html = pageHtml(`<div id="out"></div>\n<script type="${scriptTypeOf[worker]}" worker service-worker="./sw.js">${script(elements)}</script>`);
      const project = await createProject(request, [{ path: "index.html", content: html }], { isolated });
      await page.goto(project.url);
      const out = page.locator("#out");
      await expect(out).toHaveAttribute("data-ready", "yes", { timeout: 60_000 });
      await page.evaluate((count) => {
        const target = document.getElementById("out")!;
        for (let i = 0; i < count; i++) target.dispatchEvent(new Event("ping"));
      }, events);
      // Three round trips per event: through the service-worker fallback, 200 events take ~20 s on a quiet machine.
      await expect(out).toHaveAttribute("data-pings", String(events), { timeout: 60_000 });
      await out.evaluate((element) => element.dispatchEvent(new Event("collect")));
      await expect(out).toHaveAttribute("data-collected", "yes");
      // Not 800 (or 260): window, document, `out`, `item`, plus what MicroPython's conservative collector still sees.
      await expect.poll(() => referenceCount(page)).toBeLessThan(80);
    });
  }
}
