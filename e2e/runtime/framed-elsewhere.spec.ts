import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pyscriptPage } from "./project";

/**
 * A project's page framed by another page (a blog, another project) must print and fail as usual without the
 * editor's channel: no message meant for the editor is posted, so the browser logs no failed postMessage.
 */
test("a page framed by another site prints and shows errors without posting to it", async ({ page, request }) => {
  const inner = await createProject(request, [
    {
      path: "index.html",
      content: pyscriptPage(`<script type="mpy">
from pyscript import display
print("printed inside")
display("shown inside")
</script>
<script type="mpy">raise ValueError("raised inside")</script>`),
    },
  ]);
  const outer = await createProject(request, [
    { path: "index.html", content: `<!doctype html><h1>outer</h1><iframe id="f" src="${inner.url}" width="600" height="300"></iframe>` },
  ]);
  const logged: string[] = [];
  page.on("console", (message) => logged.push(`${message.type()}: ${message.text()}`));

  await page.goto(outer.url);
  const frame = page.frameLocator("#f");
  await expect(frame.locator("#mpy-0")).toHaveText("shown inside");
  await expect(frame.locator(".py-error")).toContainText("ValueError: raised inside");
  expect(logged).toContain("log: printed inside");
  expect(logged.filter((line) => line.includes("postMessage"))).toEqual([]);
});
