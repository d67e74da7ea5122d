import { expect, test } from "@playwright/test";
import { openWorkerPage, scriptTypeOf, workerTypes } from "./matrix";

/**
 * Beyond PyScript: an exception in a worker is a `py-error` block with the worker's traceback, and the
 * awaiting main-thread call raises it too. Top level, exported function and `sync` function, per engine.
 */
for (const worker of workerTypes) {
  const type = scriptTypeOf[worker];

  test(`top-level exception in a ${worker} worker is shown with its traceback`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<script type="${type}" src="./broken.py" worker name="broken"></script>
<script type="mpy">
from pyscript import workers, document
try:
    await workers["broken"]
except Exception as error:
    # str() of a JS error differs between engines; what matters is that the worker's exception arrives.
    document.body.append("main saw: " + ("ValueError: top-level boom" in str(error) and "ValueError" or str(error)))
</script>`, { isolated: true, files: [{ path: "broken.py", content: `def explode():\n    raise ValueError("top-level boom")\n\nexplode()\n` }] });
    const block = page.locator(".py-error").filter({ hasText: "ValueError: top-level boom" }).first();
    await expect(block).toContainText("Traceback", { timeout: 60_000 });
    await expect(block).toContainText("explode");
    await expect(page.locator("body")).toContainText("main saw: ValueError", { useInnerText: true });
  });

  test(`exceptions in an exported and a sync function of a ${worker} worker reach the page and the caller`, async ({
    page,
    request,
  }) => {
    await openWorkerPage(page, request, `<script type="py">
from pyscript import PyWorker, document
worker = PyWorker("./worker.py", type="${worker}")
await worker.ready
try:
    await worker.sync.divide(1, 0)
except Exception as error:
    document.body.append(" | sync call raised: " + ("ZeroDivisionError" in str(error) and "ZeroDivisionError" or str(error)))
</script>`, { isolated: true, files: [{
          path: "worker.py",
          content: `from pyscript import sync

def divide(a, b):
    return a / b

sync.divide = divide
`,
        }] });
    const block = page.locator(".py-error").filter({ hasText: "ZeroDivisionError" }).first();
    await expect(block).toContainText("divide", { timeout: 60_000 });
    await expect(page.locator("body")).toContainText("sync call raised: ZeroDivisionError", { useInnerText: true });
  });
}

test("PyWorker without type raises a clear error", async ({ page, request }) => {
  await openWorkerPage(page, request, `<script type="mpy">
from pyscript import PyWorker
PyWorker("./worker.py")
</script>`, { isolated: true, files: [{ path: "worker.py", content: "print('never')\n" }] });
  await expect(page.locator(".py-error").first()).toContainText('PyWorker needs type="micropython" or type="pyodide"', {
    timeout: 60_000,
  });
});
