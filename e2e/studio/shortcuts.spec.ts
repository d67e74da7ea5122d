import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

test("Ctrl/Cmd+S saves without running; Ctrl/Cmd+Enter saves and runs the new code", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Hello MicroPython");
  await expect(workbench.console).toContainText("Hello from micropython");
  await expect(workbench.previewStatus).toHaveText("Done");

  await workbench.openFile("main.py");
  await workbench.replaceText('print("first save")\n');
  await workbench.save();
  await workbench.expectSaved("main.py");
  // Saving alone leaves the running page as it was.
  await expect(workbench.console).not.toContainText("first save");

  await workbench.replaceText('print("saved and run")\n');
  await expect(workbench.tab("main.py")).toHaveAttribute("data-dirty", "true");
  await workbench.saveAndRun();
  await expect(workbench.console).toContainText("saved and run");
  await workbench.expectSaved("main.py");
  // Ctrl+Enter must not have reached Monaco, where it inserts a line.
  expect((await workbench.visibleText()).trim()).toBe('print("saved and run")');
});

test("an error's traceback reaches the console and the status line", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Hello MicroPython");
  await workbench.openFile("main.py");
  await workbench.replaceText('print("before")\n1 / 0\n');
  await workbench.saveAndRun();
  await expect(workbench.console).toContainText("before");
  await expect(workbench.console.locator('[data-kind="error"]')).toContainText("ZeroDivisionError");
  await expect(workbench.console.locator('[data-kind="error"]')).toContainText("Traceback");
  await expect(workbench.previewStatus).toHaveAttribute("data-phase", "failed");
});

test("Monaco's own keys work: find and replace, F1's command palette, Ctrl+G's go to line, Ctrl+/, the context menu", async ({ page }) => {
  // What a part left out of the editor's bundle, or not loaded yet, throws when something uses it after all.
  const missingParts: string[] = [];
  const notePart = (message: string) => /left out of this editor build|is defined when its chunk loads/.test(message) && missingParts.push(message);
  page.on("pageerror", (error) => notePart(error.message));
  page.on("console", (message) => notePart(message.text()));
  const { workbench } = await createFromTemplate(page, "Hello MicroPython");
  await workbench.openFile("main.py");
  await workbench.replaceText("first = 1\nsecond = 2\nthird = first + second\n");
  const findWidget = page.locator(".monaco-editor .find-widget");

  await test.step("Ctrl+F finds, Ctrl+H replaces all", async () => {
    await page.keyboard.press("ControlOrMeta+F");
    await page.getByRole("textbox", { name: "Find" }).fill("first");
    await expect(findWidget.locator(".matchesCount")).toHaveText("1 of 2");
    await page.keyboard.press("Escape");
    await expect(findWidget).not.toHaveClass(/\bvisible\b/);
    await page.keyboard.press("Control+H");
    await page.getByRole("textbox", { name: "Replace" }).fill("one");
    await page.keyboard.press("ControlOrMeta+Alt+Enter");
    await expect.poll(() => workbench.visibleText()).toContain("third = one + second");
    await page.keyboard.press("Escape");
  });

  const quickInput = page.locator(".quick-input-widget");
  await test.step("F1 opens the command palette, whose Go to Line goes to line 2", async () => {
    await page.keyboard.press("F1");
    await expect(quickInput).toBeVisible();
    await page.keyboard.type("go to line");
    await page.keyboard.press("Enter");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await expect(quickInput).toBeHidden();
    await page.keyboard.type("# ");
    await expect.poll(() => workbench.visibleText()).toContain("# second = 2");
  });

  await test.step("Ctrl+G goes to line 3, where Ctrl+/ comments it out", async () => {
    await page.keyboard.press("Control+G");
    await page.keyboard.type("3");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ControlOrMeta+/");
    await expect.poll(() => workbench.visibleText()).toContain("# third = one + second");
  });

  await test.step("the context menu offers the command palette", async () => {
    await page.locator(".monaco-editor .view-lines").click({ button: "right" });
    // Monaco's menu items take clicks only from 100 ms after the menu shows (against a right-click's own
    // mouse-up choosing an item); Playwright may click sooner than a person, so an ignored click is tried again.
    await expect(async () => {
      await page.locator(".monaco-menu .action-label", { hasText: "Command Palette" }).click();
      await expect(quickInput).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await page.keyboard.press("Escape");
    await expect(quickInput).toBeHidden();
  });
  expect(missingParts).toEqual([]);
});
