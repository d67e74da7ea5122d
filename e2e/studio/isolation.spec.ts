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
  // Framed and not isolated, a worker that uses the page needs the service-worker fallback, which this
  // (off-the-record) browser refuses a frame of another site: the print arrives, and the page says why the
  // worker cannot write it and where it can.
  await expect(workbench.console).toContainText("running in a worker: True", { timeout: 60_000 });
  await expect(workbench.preview.getByRole("alert")).toContainText("Open the page in a tab of its own");
  expect(await workbench.preview.locator("body").evaluate(() => globalThis.crossOriginIsolated)).toBe(false);

  const opened = page.waitForEvent("popup");
  await page.getByRole("link", { name: "Open the preview in a new tab" }).click();
  const preview = await opened;
  // In its own tab the page first registers the fallback and reloads under it: the worker's output is what
  // says that it is done loading.
  await expect(preview.locator("body")).toContainText("running in a worker: True", { timeout: 60_000 });
  expect(await preview.evaluate(() => crossOriginIsolated)).toBe(false);
});
