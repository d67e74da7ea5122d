import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

test("the editor's preview of an isolated project is crossOriginIsolated; switched off, the project runs in its own tab, not isolated", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Worker with DOM access");
  await expect(workbench.console).toContainText("running in a worker: True");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await workbench.preview.locator("body").evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

  await page.getByRole("button", { name: "Project settings" }).click();
  const settings = page.getByRole("dialog", { name: "Project settings" });
  await settings.getByRole("checkbox").uncheck();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByTestId("unframed-preview")).toBeVisible();
  const opened = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open the preview" }).click();
  const preview = await opened;
  await expect(preview.getByRole("heading", { name: "Worker with DOM access" })).toBeVisible();
  // Not isolated, the page first registers the service-worker fallback and reloads under it: the worker's
  // output is what says that the page is done loading.
  await expect(preview.locator("body")).toContainText("running in a worker: True", { timeout: 60_000 });
  expect(await preview.evaluate(() => crossOriginIsolated)).toBe(false);
});
