import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * `pyscript.fetch` and `pyscript.ffi` as PyScript documents them, run by the same Python on the main thread
 * and in a worker of each engine. The worker writes to the page, so it runs isolated and not (the fallback).
 */
const checks = `
from pyscript import fetch, ffi, document
import js
out = []
data = await fetch("./data.json").json()
out.append("json=%s:%s" % (type(data).__name__, data["items"][1]))
response = await fetch("./missing.txt")
out.append("404=%s/%s" % (response.ok, response.status))
out.append("text=" + await (await fetch("./hello.txt")).text())
raw = await fetch("./hello.txt").arrayBuffer()
out.append("arrayBuffer=%r" % bytes(raw))
chunk = await (await fetch("./hello.txt")).bytearray()
out.append("bytearray=%s:%d" % (type(chunk).__name__, len(chunk)))
blob = await fetch("./hello.txt").blob()
out.append("blob=%d" % blob.size)
posted = await fetch("./hello.txt", method="HEAD")
out.append("head=%s" % posted.status)
out.append("is_none=%s%s%s" % (ffi.is_none(None), ffi.is_none(js.JSON.parse("null")), ffi.is_none(0)))
target = js.Object.new()
ffi.assign(target, {"a": 1}, {"b": [2]})
out.append("assign=" + js.JSON.stringify(target))
document.body.dataset.results = " ".join(out)
`;

const expected =
  'json=dict:2 404=False/404 text=hello arrayBuffer=b\'hello\' bytearray=bytearray:5 blob=5 head=200 is_none=TrueTrueFalse assign={"a":1,"b":[2]}';

const files = [
  { path: "data.json", content: JSON.stringify({ items: [1, 2, 3] }) },
  { path: "hello.txt", content: "hello" },
  { path: "worker.py", content: checks },
];

for (const engine of engines) {
  test(`fetch and ffi on the ${engine.name} main thread`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      { path: "index.html", content: pageHtml(`<script type="${engine.type}" src="./worker.py"></script>`) },
      ...files,
    ]);
    await page.goto(url);
    await expect(page.locator("body")).toHaveAttribute("data-results", expected);
  });

  for (const isolated of [true, false]) {
    test(`fetch and ffi in a ${engine.name} worker (${isolated ? "isolated" : "not isolated"})`, async ({ page, request }) => {
      const { url } = await createProject(
        request,
        [{ path: "index.html", content: pageHtml(`<script type="${engine.type}" worker src="./worker.py"></script>`) }, ...files],
        { isolated },
      );
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute("data-results", expected, { timeout: 60_000 });
    });
  }
}
