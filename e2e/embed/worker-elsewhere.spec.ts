import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { embedFrame, embedUrl, openHostPage } from "./embed-projects";

const workerPage = (type: "py" | "mpy") => `<!doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2025.11.1/core.js"></script>
  </head>
  <body>
    <ul id="out"></ul>
    <script type="${type}" src="worker.py" worker></script>
  </body>
</html>
`;

const workerCode = `from pyscript import RUNNING_IN_WORKER, document

def show(text):
    print(text)
    item = document.createElement("li")
    item.textContent = text
    document.querySelector("#out").append(item)

show(f"worker wrote the page: {RUNNING_IN_WORKER}")
`;

/**
 * A docs page is not cross-origin isolated, so neither is an embed in it: a worker that uses the page goes
 * through the runtime's service-worker fallback, and the runtime says so on the page instead of failing.
 */
for (const [engine, type] of [["Pyodide", "py"], ["MicroPython", "mpy"]] as const) {
  test(`a ${engine} worker that uses the DOM works in an embed on another site`, async ({ page, request }) => {
    const project = await createProject(request, [
      { path: "index.html", content: workerPage(type) },
      { path: "worker.py", content: workerCode },
    ]);
    const host = await openHostPage(page, embedFrame(embedUrl(project.slug, "?view=preview")));
    try {
      const embed = page.frameLocator("#embed");
      const preview = embed.frameLocator('iframe[title="Preview of the project"]');
      await expect(preview.locator("#out")).toHaveText("worker wrote the page: True", { timeout: 60_000 });
      await expect(embed.getByTestId("console")).toContainText("worker wrote the page: True");
      await expect(preview.getByRole("status")).toContainText("not cross-origin isolated");
      expect(await preview.locator("body").evaluate(() => crossOriginIsolated)).toBe(false);
    } finally {
      await host.close();
    }
  });
}
