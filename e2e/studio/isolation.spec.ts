import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

test("the editor's preview of an isolated project is crossOriginIsolated; switched off in settings, it is not", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Worker with DOM access");
  await expect(workbench.console).toContainText("running in a worker: True");
  const isolated = () => workbench.preview.locator("body").evaluate(() => globalThis.crossOriginIsolated);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(await isolated()).toBe(true);

  await page.getByRole("button", { name: "Project settings" }).click();
  const settings = page.getByRole("dialog", { name: "Project settings" });
  await settings.getByRole("checkbox").uncheck();
  await settings.getByRole("button", { name: "Save settings" }).click();
  await expect(settings).toBeHidden();
  await expect(workbench.console).toContainText("running in a worker: True");
  expect(await isolated()).toBe(false);
});
