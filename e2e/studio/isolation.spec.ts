import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

test("the editor's preview of an isolated project is crossOriginIsolated; switched off, it runs inside the editor, not isolated", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Worker with DOM access");
  await expect(workbench.console).toContainText("running in a worker: True");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await workbench.preview.locator("body").evaluate(() => globalThis.crossOriginIsolated)).toBe(true);

  await page.getByRole("button", { name: "Project settings" }).click();
  const settings = page.getByRole("dialog", { name: "Project settings" });
  await settings.getByRole("checkbox").uncheck();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toBeHidden();
  // The editor page was served isolated; it loads again without the headers to frame the project as it is now.
  await page.getByRole("button", { name: "Reload the editor" }).click();
  await expect(workbench.previewStatus).toContainText("not isolated");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(false);
  // Not isolated, a worker that uses the page goes through the service-worker fallback: its output is what
  // says that the page is done loading.
  await expect(workbench.console).toContainText("running in a worker: True", { timeout: 60_000 });
  await expect(workbench.preview.locator("body")).toContainText("running in a worker: True");
  expect(await workbench.preview.locator("body").evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
});
