import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

test("Ruff marks an undefined name while typing, and Shift+Alt+F formats the file", async ({ page }) => {
  const { workbench } = await createFromTemplate(page, "Hello MicroPython");
  await workbench.openFile("main.py");
  await workbench.replaceText('def greet(name):\n    print("Hello, " + nme)\n');
  const warning = page.locator(".monaco-editor .squiggly-warning");
  await expect(warning).toHaveCount(1, { timeout: 30_000 });
  // The squiggle is drawn under the text; a person points at the word itself.
  await page.locator(".view-line span", { hasText: "nme" }).last().hover();
  await expect(page.locator(".monaco-hover", { hasText: "Undefined name `nme`" })).toBeVisible();

  await workbench.replaceText("x=[1,2 ,3]\n");
  await page.keyboard.press("Shift+Alt+F");
  await expect.poll(() => workbench.visibleText()).toBe("x = [1, 2, 3]");
});
