import { expect, test } from "@playwright/test";
import { openWorkerPage, pageHtml } from "../workers/matrix";
import { createProject } from "../support/projects";
import { engines } from "../runtime/project";

const calc = { path: "calc.py", content: 'import sys\ndef add(a, b):\n    return a + b\ndef engine():\n    return sys.implementation.name\n__export__ = ["add", "engine"]\n' };

for (const engine of engines) {
  test(`${engine.name}: workers.name and workers["name"], create_named_worker with config and type`, async ({ page, request }) => {
    await openWorkerPage(
      page,
      request,
      `<script type="mpy" worker name="calc" src="./calc.py"></script>
<script type="${engine.type}">
from pyscript import workers, create_named_worker, document
by_attribute = await workers.calc
by_item = await workers["calc"]
made = await create_named_worker("./reader.py", "reader", {"files": {"./note.txt": "note.txt"}}, "py")
small = await create_named_worker(src="./calc.py", name="small", type="mpy")
document.body.dataset.results = "%s %s %s %s" % (
    await by_attribute.add(2, 3), await by_item.engine(), await made.read(), await small.engine())
</script>`,
      {
        isolated: true,
        files: [
          calc,
          { path: "note.txt", content: "from the worker's own config" },
          { path: "reader.py", content: 'def read():\n    return open("note.txt").read()\n__export__ = ["read"]\n' },
        ],
      },
    );
    await expect(page.locator("body")).toHaveAttribute("data-results", "5 micropython from the worker's own config micropython", {
      timeout: 60_000,
    });
    await expect(page.locator('script[type="py"][worker][name="reader"][src="./reader.py"]')).toHaveCount(1);
  });

  test(`${engine.name}: py_import imports on demand, main thread and worker; an unknown package is an error`, async ({ page, request }) => {
    const code = `from pyscript import py_import, document, RUNNING_IN_WORKER
helper, json = await py_import("helper", "json")
where = "worker" if RUNNING_IN_WORKER else "main"
setattr(document.body.dataset, where, helper.greet(where) + " " + json.dumps([1]))
`;
    const config = JSON.stringify({ files: { "./helper.py": "helper.py" } });
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<script type="${engine.type}" config='${config}' src="./main.py"></script>
<script type="${engine.type}" worker config='${config}' src="./main.py"></script>
<script type="${engine.type}">
from pyscript import py_import
await py_import("numpy")
</script>`),
      },
      { path: "main.py", content: code },
      { path: "helper.py", content: 'def greet(where):\n    return "hello " + where\n' },
    ]);
    await page.goto(url);
    await expect(page.locator("body")).toHaveAttribute("data-main", "hello main [1]");
    await expect(page.locator("body")).toHaveAttribute("data-worker", "hello worker [1]", { timeout: 60_000 });
    // Pyodide knows numpy's name but the local package folder has no wheel; MicroPython has no packages.
    await expect(page.locator(".py-error")).toContainText(engine.name === "pyodide" ? "Package 'numpy' is not available on this server" : "numpy");
  });
}
