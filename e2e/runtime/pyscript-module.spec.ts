import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { engines, pyscriptPage } from "./project";

for (const engine of engines) {
  test(`the pyscript module on ${engine.name}: window, document, current_target, config, fetch, ffi`, async ({ page, request }) => {
    const html = pyscriptPage(`
<script type="${engine.type}" id="s" config='{"answer": 42, "files": {}}'>
    from pyscript import window, document, current_target, config, RUNNING_IN_WORKER, fetch, ffi, display
    results = []
    results.append("worker=" + str(RUNNING_IN_WORKER))
    results.append("target=" + str(current_target() == document.querySelector("#s + script-py").id))
    results.append("config=" + str(config["answer"]))
    data = await fetch("./data.json").json()
    results.append("json=" + data["name"])
    response = await fetch("./data.json")
    results.append("status=" + str(response.status))
    raw = await fetch("./data.json").bytearray()
    results.append("bytes=" + str(len(raw)))
    js_object = ffi.to_js({"a": 1})
    results.append("to_js=" + str(window.JSON.stringify(js_object)))
    def clicked(event):
        document.body.dataset.proxied = event.type
    document.getElementById("b").addEventListener("click", ffi.create_proxy(clicked))
    window.document.body.dataset.results = " ".join(results)
</script>
<button id="b">b</button>`);
    const json = JSON.stringify({ name: "data" });
    const { url } = await createProject(request, [
      { path: "index.html", content: html },
      { path: "data.json", content: json },
    ]);
    await page.goto(url);
    await expect(page.locator("body")).toHaveAttribute(
      "data-results",
      `worker=False target=True config=42 json=data status=200 bytes=${json.length} to_js={"a":1}`,
    );
    await page.click("#b");
    await expect(page.locator("body")).toHaveAttribute("data-proxied", "click");
  });
}
