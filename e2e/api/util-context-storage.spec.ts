import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml } from "../workers/matrix";
import { engines } from "../runtime/project";

/** `pyscript.util`, `pyscript.context`, `js_import` and `pyscript.storage`, on the main thread and in a worker. */
const checks = `
from pyscript import document, RUNNING_IN_WORKER, current_target, js_import, storage, Storage, context, util
from pyscript.util import as_bytearray, NotSupported, is_awaitable
import js
out = []
out.append("bytes=%s" % list(as_bytearray(js.Uint8Array.new([1, 2, 255]).buffer)))
async def waits():
    pass
def plain():
    pass
class Thing:
    async def method(self):
        pass
out.append("awaitable=%s,%s,%s" % (is_awaitable(waits), is_awaitable(plain), is_awaitable(Thing().method)))
missing = NotSupported("pyscript.thing", "no thing here")
try:
    missing.anything
except AttributeError as error:
    out.append("not-supported=" + str(error))
out.append("context=%s,%s,%s" % (context.RUNNING_IN_WORKER == RUNNING_IN_WORKER, context.config["type"], context.display_target == current_target()))
try:
    (context.PyWorker if RUNNING_IN_WORKER else context.sync).anything
except AttributeError as error:
    out.append("elsewhere=" + str(error))
module, = await js_import("./answer.js")
out.append("js_import=%s" % module.answer())

class Logged(Storage):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        writes.append(key)
writes = []
store = await storage("api-test", storage_class=Logged)
out.append("class=%s" % type(store).__name__)
if "n" not in store:
    store["n"] = 1
    store["f"] = 1.5
    store["s"] = "text"
    store["yes"] = True
    store["none"] = None
    store["list"] = [1, "a"]
    store["tuple"] = (1, 2)
    store["dict"] = {"k": [1]}
    store["raw"] = bytearray(b"\\x00\\x01\\xff")
    store["gone"] = 1
    del store["gone"]
    try:
        store["nested"] = [bytearray(b"x")]
    except TypeError:
        out.append("nested bytes refused")
    await store.sync()
    out.append("wrote=" + ",".join(writes))
else:
    out.append("read=%r" % (sorted(store.items()),))
document.body.dataset.results = " | ".join(out)
`;

const common = (type: string, where: string) =>
  `bytes=[1, 2, 255] | awaitable=True,False,True | not-supported=no thing here | context=True,${type},True | ` +
  `elsewhere=pyscript.${where === "worker" ? "PyWorker works only when running in the main thread" : "sync works only when running in a worker"} | js_import=42 | class=Logged`;

for (const engine of engines) {
  for (const worker of [false, true]) {
    test(`util, context, js_import and storage (kept across a reload) on ${engine.name}, ${worker ? "worker" : "main thread"}`, async ({ page, request }) => {
      const { url } = await createProject(request, [
        { path: "index.html", content: pageHtml(`<script type="${engine.type}"${worker ? " worker" : ""} src="./checks.py"></script>`) },
        { path: "checks.py", content: checks },
        { path: "answer.js", content: "export const answer = () => 42;\n" },
      ]);
      const start = common(engine.type, worker ? "worker" : "main");
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute(
        "data-results",
        `${start} | nested bytes refused | wrote=n,f,s,yes,none,list,tuple,dict,raw,gone`,
        { timeout: 60_000 },
      );
      await page.reload();
      await expect(page.locator("body")).toHaveAttribute(
        "data-results",
        `${start} | read=[('dict', {'k': [1]}), ('f', 1.5), ('list', [1, 'a']), ('n', 1), ('none', None), ` +
          `('raw', bytearray(b'\\x00\\x01\\xff')), ('s', 'text'), ('tuple', [1, 2]), ('yes', True)]`,
        { timeout: 60_000 },
      );
    });
  }
}
