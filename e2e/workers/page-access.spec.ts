import { expect, test } from "@playwright/test";
import { openWorkerPage, scriptTypeOf, workerTypes } from "./matrix";

/** The page from inside a worker: auto-fallback notice, `input()`, and config inherited from the page. */
for (const worker of workerTypes) {
  const type = scriptTypeOf[worker];

  test(`${worker} worker using document on a non-isolated page falls back by itself, with a notice`, async ({
    page,
    request,
  }) => {
    await openWorkerPage(page, request, `<script type="${type}" worker>
from pyscript import document
document.body.append("worker wrote this")
</script>`, { isolated: false });
    await expect(page.locator("body")).toContainText("worker wrote this", { useInnerText: true, timeout: 60_000 });
    const notice = page.locator("#pysandbox-sw-notice");
    await expect(notice).toContainText("slower");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice).toHaveCount(0);
  });

  for (const isolated of [true, false]) {
    test(`input() in a ${worker} worker prompts on the page (${isolated ? "isolated" : "not isolated"})`, async ({
      page,
      request,
    }) => {
      await openWorkerPage(page, request, `<script type="${type}" worker>
from pyscript import document
name = input("Your name? ")
document.body.append(f"hello {name}!")
</script>`, { isolated });
      const field = page.getByLabel("Your name?");
      await field.fill("Ada", { timeout: 60_000 });
      await field.press("Enter");
      await expect(page.locator("body")).toContainText("hello Ada!", { useInnerText: true });
    });
  }

  test(`a ${worker} PyWorker without config inherits the page's`, async ({ page, request }) => {
    const configTag = type === "py" ? "py-config" : "mpy-config";
    await openWorkerPage(page, request, `<${configTag}>
[files]
"./data.txt" = "data.txt"
</${configTag}>
<script type="${type}">
from pyscript import PyWorker, document
worker = PyWorker("./worker.py", type="${worker}")
await worker.ready
document.body.append("worker read: " + await worker.sync.read())
</script>`, { isolated: true, files: [{ path: "data.txt", content: "from the page config" },
        { path: "worker.py", content: `from pyscript import sync\nsync.read = lambda: open("data.txt").read()\n` }] });
    await expect(page.locator("body")).toContainText("worker read: from the page config", {
      useInnerText: true,
      timeout: 60_000,
    });
  });
}
