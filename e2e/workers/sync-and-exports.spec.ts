import { expect, test } from "@playwright/test";
import { combos, comboName, pageHtml, scriptTypeOf, visibleBody } from "./matrix";
import { createProject } from "../support/projects";

/**
 * `sync` both ways, `__export__` through `workers["name"]`, and terminate, on every engine pair, with and
 * without the isolation headers (without them, the runtime falls back to the built-in sabayon worker).
 */
for (const combo of combos()) {
  test(`PyWorker sync both ways, then terminate: ${comboName(combo)}`, async ({ page, request }) => {
    const project = await createProject(
      request,
      [
        {
          path: "index.html",
          content: pageHtml(`<script type="${combo.main}">
from pyscript import PyWorker, document
worker = PyWorker("./worker.py", type="${combo.worker}")
worker.sync.double = lambda n: n * 2
await worker.ready
document.body.append(f"triple: {await worker.sync.triple(4)}")
worker.terminate()
try:
    await worker.sync.triple(1)
except Exception as error:
    document.body.append(f" | after terminate: {error}")
</script>`),
        },
        {
          path: "worker.py",
          content: `from pyscript import sync
doubled = sync.double(21)
sync.triple = lambda n: n * 3 + doubled
`,
        },
      ],
      combo,
    );
    await page.goto(project.url);
    await expect(visibleBody(page)).toContainText("triple: 54", { useInnerText: true, timeout: 60_000 });
    await expect(visibleBody(page)).toContainText("after terminate: ", { useInnerText: true });
    await expect(visibleBody(page)).toContainText("This worker was terminated", { useInnerText: true });
    // Without isolation the worker needed the page synchronously: the fallback is announced.
    await expect(page.locator("#pysandbox-sw-notice")).toHaveCount(combo.isolated ? 0 : 1);
  });

  test(`named worker exports, plain data both ways: ${comboName(combo)}`, async ({ page, request }) => {
    const project = await createProject(
      request,
      [
        {
          path: "index.html",
          content: pageHtml(`<script type="${scriptTypeOf[combo.worker]}" src="./calc.py" worker name="calc"></script>
<script type="${combo.main}">
from pyscript import workers, document
calc = await workers["calc"]
result = await calc.add([1, 2, 3], {"offset": 10})
document.body.append(f"total: {result.total} from {result.engine}")
</script>`),
        },
        {
          path: "calc.py",
          content: `import sys

def add(values, options):
    return {"total": sum(values) + options.offset, "engine": sys.implementation.name}

__export__ = ["add"]
`,
        },
      ],
      combo,
    );
    await page.goto(project.url);
    const engine = combo.worker === "pyodide" ? "cpython" : "micropython";
    await expect(visibleBody(page)).toContainText(`total: 16 from ${engine}`, { useInnerText: true, timeout: 60_000 });
    // Exports need no SharedArrayBuffer: no service worker, no notice, no reload.
    await expect(page.locator("#pysandbox-sw-notice")).toHaveCount(0);
  });
}
