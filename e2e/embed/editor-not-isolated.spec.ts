import { expect, test } from "@playwright/test";
import { WorkbenchPage } from "../studio/workbench";
import { helloProject } from "./embed-projects";

test("a project with isolation off runs inside the editor, and its prints reach the console panel", async ({ page }) => {
  const project = await helloProject(page.request, { isolated: false });
  const response = await page.goto(`/p/${project.slug}`);
  expect(response?.headers()["cross-origin-embedder-policy"]).toBeUndefined();
  const workbench = new WorkbenchPage(page);
  await expect(workbench.preview.locator("body")).toContainText("shown by the embed");
  await expect(workbench.console).toContainText("printed by the embed");
  await expect(workbench.previewStatus).toContainText("not isolated");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
});

test("an isolated project's editor stays isolated, and a private project's page answers like a missing one", async ({ page, browser }) => {
  const project = await helloProject(page.request);
  const own = await page.goto(`/p/${project.slug}`);
  expect(own?.headers()["cross-origin-embedder-policy"]).toBe("require-corp");
  await expect(new WorkbenchPage(page).console).toContainText("printed by the embed");
  await expect(new WorkbenchPage(page).previewStatus).not.toContainText("not isolated");

  // Someone else asking for a private project with isolation off gets the headers of a page that does not exist.
  const patch = await page.request.patch(`/api/projects/${project.id}`, { data: { visibility: "private", isolated: false } });
  expect(patch.ok()).toBe(true);
  const stranger = await browser.newContext();
  const hidden = await stranger.request.get(`${new URL(page.url()).origin}/p/${project.slug}`);
  const missing = await stranger.request.get(`${new URL(page.url()).origin}/p/no-such-project-12345678`);
  expect(hidden.status()).toBe(404);
  const isolationOf = (headers: Record<string, string>) => [headers["cross-origin-embedder-policy"], headers["cross-origin-opener-policy"]];
  expect(isolationOf(hidden.headers())).toEqual(isolationOf(missing.headers()));
  await stranger.close();
  // Its owner still gets the project's own setting.
  const owner = await page.request.get(`/p/${project.slug}`);
  expect(owner.headers()["cross-origin-embedder-policy"]).toBeUndefined();
});
