import { expect, test } from "@playwright/test";
import { createFromTemplate, savedContent, WorkbenchPage } from "./workbench";

/** Two tabs of one project in one browser: saves merge by file, and a real clash never loses anyone's text. */
test("a rename in one tab does not block a save of another file in the second, which then shows the rename", async ({ page, context }) => {
  const { workbench: first } = await createFromTemplate(page, "Worker with DOM access");
  const second = new WorkbenchPage(await context.newPage());
  await second.page.goto(page.url());
  await second.ready();

  await first.page.getByRole("button", { name: "Rename worker.py" }).click();
  const rename = first.page.getByRole("dialog", { name: "Rename worker.py" });
  await rename.getByRole("textbox").fill("app.py");
  await rename.getByRole("button", { name: "Rename" }).click();
  await first.save();
  await expect(first.saveState).toHaveText("All changes saved");

  await second.openFile("index.html");
  await second.replaceText("<h1>from the second tab</h1>\n");
  await second.save();
  await second.expectSaved("index.html");
  await expect(second.page.getByTestId("tree-app.py")).toBeVisible();
  await expect(second.page.getByTestId("tree-worker.py")).toHaveCount(0);
});

test("both tabs edit one file: the second save is refused, its text stays, and Reload keeps it as a copy", async ({ page, context }) => {
  const { workbench: first } = await createFromTemplate(page, "Hello MicroPython");
  const second = new WorkbenchPage(await context.newPage());
  await second.page.goto(page.url());
  await second.ready();

  await first.openFile("main.py");
  await first.replaceText('print("first tab")\n');
  await first.save();
  await first.expectSaved("main.py");

  await second.openFile("main.py");
  await second.replaceText('print("second tab")\n');
  await second.save();
  const conflict = second.page.getByRole("dialog", { name: "Changed somewhere else" });
  await expect(conflict).toContainText("main.py");
  await expect(second.tab("main.py")).toHaveAttribute("data-dirty", "true");
  expect(await second.visibleText()).toContain('print("second tab")');

  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(conflict).toBeHidden();
  await expect(second.tab("main (mine).py")).toHaveAttribute("data-active", "true");
  expect(await second.visibleText()).toContain('print("second tab")');
  await second.openFile("main.py");
  expect(await second.visibleText()).toContain('print("first tab")');
});

test("both tabs edit one file: Overwrite saves the second tab's text", async ({ page, context }) => {
  const { workbench: first, slug } = await createFromTemplate(page, "Hello MicroPython");
  const second = new WorkbenchPage(await context.newPage());
  await second.page.goto(page.url());
  await second.ready();

  await first.openFile("main.py");
  await first.replaceText('print("first tab")\n');
  await first.save();
  await first.expectSaved("main.py");
  await second.openFile("main.py");
  await second.replaceText('print("second tab")\n');
  await second.save();
  await second.page.getByRole("dialog", { name: "Changed somewhere else" }).getByRole("button", { name: "Overwrite" }).click();
  await second.expectSaved("main.py");

  expect(await savedContent(page, slug, "main.py")).toBe('print("second tab")\n');
});
