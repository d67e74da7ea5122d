import { expect, test } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * `pyscript.ffi.gather`, `query` and `direct`: the same Python on the main thread and in a worker of each
 * engine, on an isolated page and on one that is not (the service-worker fallback), since a worker's
 * `window` is a page reference there and each gather/query is one round trip to the page. `js.Array` is the
 * worker's own (resolved where it is, as on the main thread).
 */
const checks = `
import js
from pyscript import document, window
from pyscript.ffi import direct, gather, is_none, query

out = []
title, count, target, name = gather(window, "document.title", "fixture.items.length", 'document.body.children["target"]', 'fixture["items"][1].name')
target.textContent = "set through a gathered reference"
out.append("gather: %s %s %s" % (title, count, name))
out.append("query: %s %s %s %s %s %s" % (
    query(window, "Array.isArray.length"),
    query(window, "Array[\\"isArray\\"]['length']"),
    query(window, "fixture.items[0].name"),
    query(document, "body.dataset.kind"),
    is_none(query(document, "body.onclick")),
    query(js.Array, "isArray.name"),
))
try:
    query(window, "nope.x")
except AttributeError as error:
    out.append("caught: %s" % error)
try:
    gather(window, "fixture", "a..b")
except ValueError as error:
    out.append("invalid: %s" % error)
out.append("direct: " + window.seen(direct({"a": [1, (2, 3)], "b": None, "c": b"hi"})))
for not_data in ({"f": [print]}, [document.body]):
    try:
        direct(not_data)
    except TypeError as error:
        out.append("not data: %s" % error)
document.querySelector("#out").textContent = "\\n".join(out)
query(document, "body.nope.x")
`;

const page_ = (script: string) => `<p id="target">untouched</p>
<pre id="out"></pre>
<script>
document.title = "ffi page";
document.body.dataset.kind = "page";
window.fixture = { items: [{ name: "first" }, { name: "second" }] };
// Keys sorted: MicroPython's dicts do not keep their insertion order.
window.seen = (value) =>
  JSON.stringify(Object.fromEntries(Object.entries(value).sort()), (key, v) => (v instanceof Uint8Array ? "bytes " + Array.from(v) : v)) +
  (Object.getPrototypeOf(value) === Object.prototype ? " (plain object)" : " (not a plain object)");
</script>
${script}`;

const expected = (where: string) =>
  [
    "gather: ffi page 2 second",
    "query: 1 1 first page True isArray",
    'caught: path "nope.x" stops at "nope": no such property',
    'invalid: invalid path "a..b": expected a property name, found "." at character 3',
    'direct: {"a":[1,[2,3]],"b":null,"c":"bytes 104,105"} (plain object)',
    "not data: direct(): value['f'][0] is a function, not data (None, bool, int, float, str, bytes, list, tuple, dict)",
    // In a worker `document.body` is a page reference; on the main thread a JS proxy.
    `not data: direct(): value[0] is ${where === "main thread" ? "a JavaScript object" : "a page object (pass it without direct())"}, not data (None, bool, int, float, str, bytes, list, tuple, dict)`,
  ].join("\n");

for (const engine of engines) {
  for (const where of ["main thread", "worker, isolated", "worker, not isolated"] as const) {
    test(`${engine.name} ${where}: gather and query read paths, a missing one raises naming it, direct sends a plain copy and refuses what is not data`, async ({ page, request }) => {
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      const worker = where === "main thread" ? "" : " worker";
      await openWorkerPage(page, request, page_(`<script type="${engine.type}"${worker} src="./checks.py"></script>`), {
        isolated: where !== "worker, not isolated",
        files: [{ path: "checks.py", content: checks }],
      });
      await expect(page.locator("#out")).toHaveText(expected(where), { timeout: 60_000 });
      await expect(page.locator("#target")).toHaveText("set through a gathered reference");
      await expect(page.locator(".py-error")).toContainText('AttributeError: path "body.nope.x" stops at "nope": no such property');
      expect(pageErrors).toEqual([]);
    });
  }
}
