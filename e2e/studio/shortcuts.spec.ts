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
