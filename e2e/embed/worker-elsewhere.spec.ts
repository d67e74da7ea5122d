import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { openThirdPartyStorageContext } from "../support/third-party-storage";
import { embedFrame, embedUrl, openHostPage } from "./embed-projects";

const engines = [
  { name: "Pyodide", type: "py" },
  { name: "MicroPython", type: "mpy" },
] as const;

const workerPage = (type: string) => `<!doctype html>
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

/** A docs page on another port with an embed of a project (isolated, as projects are by default) whose worker writes the page. */
async function openEmbeddedWorker(page: Page, request: Parameters<typeof createProject>[0], type: string) {
  const project = await createProject(request, [
    { path: "index.html", content: workerPage(type) },
    { path: "worker.py", content: workerCode },
  ]);
  const host = await openHostPage(page, embedFrame(embedUrl(project.slug, "?view=preview")));
  const embed = page.frameLocator("#embed");
  return { host, embed, preview: embed.frameLocator('iframe[title="Preview of the project"]') };
}

/**
 * A docs page is not cross-origin isolated, so neither is an embed in it: a worker that uses the page goes
 * through the runtime's service-worker fallback, and the runtime says so on the page instead of failing.
 */
test.describe("in a browser that allows a framed page its service worker", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  test.beforeAll(async ({ launchOptions }) => {
    ({ context, close } = await openThirdPartyStorageContext(launchOptions));
  });
  test.afterAll(async () => {
    await close();
  });

  for (const engine of engines) {
    test(`${engine.name}: a worker that uses the DOM works in an embed on another site, with the runtime's notice`, async ({ request }) => {
      const page = await context.newPage();
      const { host, embed, preview } = await openEmbeddedWorker(page, request, engine.type);
      try {
        await expect(preview.locator("#out")).toHaveText("worker wrote the page: True", { timeout: 60_000 });
        await expect(embed.getByTestId("console")).toContainText("worker wrote the page: True");
        await expect(preview.getByRole("status")).toContainText("not cross-origin isolated");
        expect(await preview.locator("body").evaluate(() => crossOriginIsolated)).toBe(false);
      } finally {
        await page.close();
        await host.close();
      }
    });
  }
});

test.describe("in a browser that blocks third-party storage", () => {
  for (const engine of engines) {
    test(`${engine.name}: the embed shows the runtime's notice instead of hanging`, async ({ page, request }) => {
      const { host, embed, preview } = await openEmbeddedWorker(page, request, engine.type);
      try {
        await expect(preview.getByRole("alert")).toContainText("Open the page in a tab of its own", { timeout: 60_000 });
        await expect(embed.getByTestId("console")).toContainText("no service worker");
      } finally {
        await host.close();
      }
    });
  }
});
