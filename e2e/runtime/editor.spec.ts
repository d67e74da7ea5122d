import { expect, test, type Locator, type Page } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "./project";

/**
 * PyScript's editor cells (`py-editor` / `mpy-editor`): CodeMirror cells we serve ourselves, run in a
 * worker started at the first Run (or at page load for an env with a `setup` cell). Cells with one `env` share
 * an interpreter, `setup` cells run first and are not shown, Shift+Enter runs, and an exception shows under
 * the cell that raised it.
 */
const cells = (page: Page) => page.locator(".py-editor");

async function run(cell: Locator): Promise<void> {
  await expect(cell).toHaveAttribute("data-editor", "ready");
  await cell.getByRole("button", { name: "Run" }).click();
  await expect(cell).not.toHaveAttribute("data-state", /idle|running/, { timeout: 60_000 });
}

for (const engine of engines) {
  const type = `${engine.prefix}-editor`;

  test(`${engine.name} cells sharing an env share one interpreter, after the env's setup cell`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<script type="${type}" env="shared" setup>
base = 40
</script>
<script type="${type}" env="shared">
a = base + 1
print("first cell", a)
</script>
<script type="${type}" env="shared">
from pyscript import display
display(f"second cell {a + 1}")
</script>
<script type="${type}">
print("alone", "a" in globals(), "base" in globals())
</script>`, { isolated: true });
    await expect(cells(page)).toHaveCount(3);
    const [first, second, alone] = [cells(page).nth(0), cells(page).nth(1), cells(page).nth(2)];
    await run(first);
    await expect(first).toHaveAttribute("data-state", "done");
    await expect(first.locator(".py-editor-output")).toHaveText("first cell 41\n");
    await run(second);
    await expect(second.locator(".py-editor-output")).toHaveText("second cell 42");
    await run(alone);
    await expect(alone.locator(".py-editor-output")).toHaveText("alone False False\n");
  });

  test(`an exception in a ${engine.name} cell shows under that cell; the env lives on`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<script type="${type}" env="e">
x = 1
</script>
<script type="${type}" env="e">
def broken():
    raise ValueError("cell boom")
broken()
</script>
<script type="${type}" env="e">
print("x is", x)
</script>`, { isolated: true });
    const [setter, broken, reader] = [cells(page).nth(0), cells(page).nth(1), cells(page).nth(2)];
    await run(setter);
    await run(broken);
    await expect(broken).toHaveAttribute("data-state", "error");
    await expect(broken.locator(".py-error")).toContainText("ValueError: cell boom");
    await expect(broken.locator(".py-error")).toContainText(`<${type} #2>`);
    await expect(page.locator(".py-error")).toHaveCount(1);
    await run(reader);
    await expect(reader.locator(".py-editor-output")).toHaveText("x is 1\n");
  });

  test(`Shift+Enter runs the ${engine.name} cell's edited code`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<script type="${type}">print("original")</script>`, { isolated: true });
    const cell = cells(page).first();
    await expect(cell).toHaveAttribute("data-editor", "ready");
    const code = cell.getByRole("textbox");
    await code.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type('print("edited", 6 * 7)');
    await page.keyboard.press("Shift+Enter");
    await expect(cell.locator(".py-editor-output")).toHaveText("edited 42\n", { timeout: 60_000 });
  });
}

test("a cell renders inside its target element and reads its env's config", async ({ page, request }) => {
  await openWorkerPage(page, request, `<div id="here"></div>
<script type="mpy-editor" target="here" config='{"files": {"./data.txt": "data.txt"}}'>
print(open("data.txt").read())
</script>`, { isolated: true, files: [{ path: "data.txt", content: "from the config" }] });
  const cell = page.locator("#here > .py-editor");
  await run(cell);
  await expect(cell.locator(".py-editor-output")).toHaveText("from the config\n");
});

test("a cell's script element reads and replaces its code, and process() runs code in its env", async ({ page, request }) => {
  await openWorkerPage(page, request, `<script type="py-editor" id="cell" env="p">
total = 1
</script>`, { isolated: true });
  const cell = cells(page).first();
  await expect(cell).toHaveAttribute("data-editor", "ready");
  expect(await page.evaluate(() => (document.getElementById("cell") as unknown as { code: string }).code)).toBe("total = 1");
  await page.evaluate(() => ((document.getElementById("cell") as unknown as { code: string }).code = "total = 40"));
  await expect(cell.getByRole("textbox")).toHaveText("total = 40");
  await run(cell);
  const outcome = await page.evaluate(async () => {
    const script = document.getElementById("cell") as unknown as { process(code: string): Promise<void> };
    await script.process("print('total is', total + 2)");
    return script.process("raise KeyError('nope')").then(() => "resolved", (error: Error) => error.message);
  });
  // What process() printed, then its exception, both in the cell's output.
  await expect(cell.locator(".py-editor-output")).toHaveText(/^total is 42\nTraceback/);
  await expect(cell.locator(".py-editor-output .py-error")).toContainText("KeyError: 'nope'");
  expect(outcome).toContain("KeyError: 'nope'");
});

test("when the editor chunk cannot load, the page says so where the cell would be", async ({ page, request }) => {
  await page.route(/\/_runtime\/[0-9a-f]+\/editor\.js$/, (route) => route.abort());
  await openWorkerPage(page, request, `<script type="mpy-editor" id="cell">print(1)</script>`, { isolated: true });
  await expect(page.locator("#cell + .py-error")).toContainText("The code editor could not load");
});
