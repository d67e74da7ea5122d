import { expect, test } from "@playwright/test";
import { findTemplate } from "../../lib/templates/catalog";
import { createProject } from "../support/projects";
import { WorkbenchPage } from "./workbench";

/** The editor on a phone: one pane at a time under tabs, every pane still mounted behind the others. */
test.use({ viewport: { width: 390, height: 844 } });

const longName = "helpers/a_rather_long_module_name_for_a_phone.py";

async function openOnPhone(page: import("@playwright/test").Page) {
  const hello = findTemplate("hello-pyodide")!;
  const files = [...hello.files.map(({ path, content }) => ({ path, content })), { path: longName, content: "GREETING = 'from the helper'\n" }];
  const project = await createProject(page.request, files);
  await page.goto(`/p/${project.slug}`);
  const workbench = new WorkbenchPage(page);
  await workbench.ready();
  return workbench;
}

test("at 390 × 844 the panes are tabs: Files shows whole names, a file chosen there switches to Code and opens, Run's output is in Console", async ({ page }) => {
  const workbench = await openOnPhone(page);
  const tabs = page.getByRole("tablist", { name: "Panes" }).getByRole("tab");
  await expect(tabs).toHaveText(["Files", "Code", "Preview", "Console"]);
  await expect(page.getByRole("tab", { name: "Code" })).toHaveAttribute("aria-selected", "true");
  // Nothing wider than the screen: the header and the tabs fit.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(page.getByRole("button", { name: "Save" })).toBeInViewport();
  await expect(page.getByRole("button", { name: "Project settings" })).toBeInViewport();

  await page.getByRole("tab", { name: "Files" }).click();
  const name = page.getByTestId(`tree-${longName}`).locator("span").first();
  await expect(name).toHaveText("a_rather_long_module_name_for_a_phone.py");
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await expect(page.getByTestId("code-editor")).toBeHidden();

  await page.getByTestId(`tree-${longName}`).click();
  await expect(page.getByRole("tab", { name: "Code" })).toHaveAttribute("aria-selected", "true");
  await expect(workbench.tab(longName)).toHaveAttribute("data-active", "true");
  await expect.poll(() => workbench.visibleText()).toContain("GREETING = 'from the helper'");

  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(workbench.preview.locator("#out")).toContainText("Hello from Python 3.", { timeout: 60_000 });
  await page.getByRole("tab", { name: "Console" }).click();
  await page.getByRole("button", { name: "Clear the console" }).click();
  await expect(workbench.console).not.toContainText("Hello from Python");
  await page.getByRole("tab", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Run" }).click();
  await page.getByRole("tab", { name: "Console" }).click();
  await expect(workbench.console).toContainText("Hello from Python 3.", { timeout: 60_000 });
});

test("switching tabs keeps the preview's iframe and Monaco as they are, and the tabs work from the keyboard", async ({ page }) => {
  const previewLoads: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "document" && new URL(request.url()).hostname.endsWith(".preview.localhost")) previewLoads.push(request.url());
  });
  const workbench = await openOnPhone(page);
  await page.getByRole("tab", { name: "Preview" }).click();
  await expect(workbench.previewStatus).toHaveText("Done", { timeout: 60_000 });
  // The page loaded once, and switching tabs below loads it no more.
  expect(previewLoads).toHaveLength(1);
  // Mark the elements: a remount would make new ones without the mark.
  await page.locator('iframe[title="Preview of the project"]').evaluate((frame) => frame.setAttribute("data-kept", "yes"));
  await page.getByTestId("code-editor").evaluate((editor) => editor.setAttribute("data-kept", "yes"));

  const files = page.getByRole("tab", { name: "Files" });
  await files.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Code" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Code" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toHaveCount(1);
  await expect(page.getByTestId("code-editor")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Preview" })).toHaveAttribute("aria-selected", "true");

  await expect(page.locator('iframe[title="Preview of the project"]')).toHaveAttribute("data-kept", "yes");
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-kept", "yes");
  await expect(workbench.previewStatus).toHaveText("Done");
  expect(previewLoads).toHaveLength(1);
});

test("a wide screen keeps the panes side by side, with no tabs", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openOnPhone(page);
  await expect(page.getByRole("tablist", { name: "Panes" })).toHaveCount(0);
  await expect(page.getByRole("tree", { name: "Files" })).toBeVisible();
  await expect(page.getByTestId("code-editor")).toBeVisible();
  await expect(page.locator('iframe[title="Preview of the project"]')).toBeVisible();
  await expect(page.getByTestId("console")).toBeVisible();
});

test("the read-only view on a phone has the same tabs, and its header fits", async ({ page, browser }) => {
  const project = await createProject(page.request, findTemplate("hello-pyodide")!.files.map(({ path, content }) => ({ path, content })));
  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await visitor.goto(`/p/${project.slug}`);
  await expect(visitor.getByTestId("read-only-badge")).toBeVisible();
  await expect(visitor.getByRole("tablist", { name: "Panes" }).getByRole("tab")).toHaveText(["Files", "Code", "Preview", "Console"]);
  expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await visitor.getByRole("tab", { name: "Files" }).click();
  await expect(visitor.getByTestId("tree-index.html")).toBeVisible();
  await visitor.getByRole("tab", { name: "Preview" }).click();
  await expect(visitor.frameLocator('iframe[title="Preview of the project"]').locator("#out")).toContainText("Hello from Python 3.", { timeout: 60_000 });
  await visitor.context().close();
});
