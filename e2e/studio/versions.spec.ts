import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { unzipSync } from "fflate";
import { ownProject } from "./sharing";
import { savedContent, WorkbenchPage } from "./workbench";

test("publish, keep editing, compare with the draft, restore the version into the draft", async ({ page }) => {
  const project = await ownProject(page, "Ada Owner", "Versioned");
  const original = (await savedContent(page, project.slug, "main.py"))!;
  await page.goto(`/p/${project.slug}`);
  const editor = new WorkbenchPage(page);
  await editor.ready();
  const sheet = page.getByRole("dialog", { name: "Versions" });

  await test.step("publish version 1 with a message", async () => {
    await page.getByRole("button", { name: "Versions" }).click();
    await expect(sheet.getByText("No versions yet.")).toBeVisible();
    await sheet.getByLabel("Publish the draft as a new version").fill("first light");
    await sheet.getByRole("button", { name: "Publish" }).click();
    await expect(sheet.getByRole("status").filter({ hasText: "Published version 1." })).toBeVisible();
    const item = sheet.getByTestId("version-1");
    await expect(item).toContainText("first light");
    await expect(item).toContainText("Ada Owner");
    await expect(item.getByRole("link", { name: "Open version 1 in a new tab" })).toHaveAttribute("href", `${project.previewOrigin}/v/1/`);
    await sheet.getByRole("button", { name: "Close versions" }).click();
    await expect(sheet).toBeHidden();
  });

  await test.step("a later edit changes the draft, not /v/1/", async () => {
    await editor.openFile("main.py");
    await editor.replaceText('print("second take")\n');
    await editor.saveAndRun();
    await editor.expectSaved("main.py");
    await expect(editor.console).toContainText("second take");
    // Read in the browser: only Chromium resolves *.localhost names to this machine.
    const version = await page.context().newPage();
    expect(await (await version.goto(`${project.previewOrigin}/main.py`))!.text()).toBe('print("second take")\n');
    expect(await (await version.goto(`${project.previewOrigin}/v/1/main.py`))!.text()).toBe(original);
    await version.goto(`${project.previewOrigin}/v/1/`);
    await expect(version.locator("#out")).toHaveText("Hello from micropython");
    await version.close();
  });

  await test.step("the owner downloads version 1, not the draft, from the versions panel", async () => {
    await page.getByRole("button", { name: "Versions" }).click();
    const downloading = page.waitForEvent("download");
    await sheet.getByTestId("version-1").getByRole("link", { name: "Download version 1 as a zip" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${project.slug}-v1.zip`);
    const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(new TextDecoder().decode(entries[`${project.slug}-v1/main.py`])).toBe(original);
    await sheet.getByRole("button", { name: "Close versions" }).click();
    await expect(sheet).toBeHidden();
  });

  await test.step("?v=1 shows version 1 read-only", async () => {
    const reader = await page.context().newPage();
    await reader.goto(`/p/${project.slug}?v=1`);
    await expect(reader.getByTestId("read-only-badge")).toHaveText("Version 1 · read-only");
    const view = new WorkbenchPage(reader);
    await view.ready();
    await expect.poll(() => view.visibleText()).toContain("sys.implementation.name");
    await expect(reader.locator('iframe[title="Preview of the project"]')).toHaveAttribute("src", `${project.previewOrigin}/v/1/`);
    await expect(view.console).toContainText("Hello from micropython");
    await reader.close();
  });

  await test.step("the diff of version 1 against the draft shows the change", async () => {
    await page.getByRole("button", { name: "Versions" }).click();
    await sheet.getByRole("button", { name: "Compare version 1" }).click();
    await expect(sheet.getByTestId("diff-summary")).toHaveText("1 file differs.");
    await expect(sheet.getByTestId("diff-file-main.py")).toHaveAttribute("data-kind", "changed");
    await expect(sheet.getByTestId("diff-file-index.html")).toHaveAttribute("data-kind", "unchanged");
    const diff = sheet.getByTestId("version-diff");
    await expect(diff).toHaveAttribute("data-state", "ready");
    // The modified side also shows removed lines in view zones (.line-delete): read its own lines.
    await expect(diff.locator(".editor.original .view-lines:not(.line-delete)")).toContainText("sys.implementation.name");
    await expect(diff.locator(".editor.modified .view-lines:not(.line-delete)")).toContainText('print("second take")');
    await expect(diff.locator(".editor.modified .line-insert").first()).toBeVisible();
  });

  await test.step("restore asks, then brings version 1 back into the draft and the editor", async () => {
    await sheet.getByRole("button", { name: "Restore version 1" }).click();
    const confirm = page.getByRole("dialog", { name: "Restore version 1?" });
    await confirm.getByRole("button", { name: "Restore version 1" }).click();
    await expect(confirm).toBeHidden();
    await expect(sheet.getByRole("status").filter({ hasText: "Restored version 1 into the draft." })).toBeVisible();
    await sheet.getByRole("button", { name: "Close versions" }).click();
    await expect.poll(() => editor.visibleText()).toContain("sys.implementation.name");
    await expect(editor.saveState).toHaveText("All changes saved");
    expect(await savedContent(page, project.slug, "main.py")).toBe(original);
    await expect(editor.console).toContainText("Hello from micropython");
  });
});

test("adding and removing files shows in the diff, marked", async ({ page }) => {
  const project = await ownProject(page, "Ada Owner", "Files come and go");
  expect((await page.request.post(`/api/projects/${project.id}/versions`, { data: {} })).status()).toBe(201);
  const current = (await (await page.request.get(`/api/projects/${project.id}`)).json()).project;
  const changed = await page.request.patch(`/api/projects/${project.id}/files`, {
    data: { baseRevision: current.revision, upserts: [{ path: "helper.py", content: "X = 1\n" }], deletes: ["index.html"] },
  });
  expect(changed.status()).toBe(200);
  await page.goto(`/p/${project.slug}`);
  await new WorkbenchPage(page).ready();
  await page.getByRole("button", { name: "Versions" }).click();
  const sheet = page.getByRole("dialog", { name: "Versions" });
  await sheet.getByRole("button", { name: "Compare version 1" }).click();
  await expect(sheet.getByTestId("diff-summary")).toHaveText("2 files differ.");
  await expect(sheet.getByTestId("diff-file-helper.py")).toHaveAttribute("data-kind", "added");
  await expect(sheet.getByTestId("diff-file-helper.py")).toContainText("added");
  await expect(sheet.getByTestId("diff-file-index.html")).toHaveAttribute("data-kind", "removed");
  await sheet.getByTestId("diff-file-index.html").click();
  await expect(sheet.getByTestId("version-diff").locator(".editor.original .view-lines:not(.line-delete)")).toContainText("Hello MicroPython");
});
