import { expect, test } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * A JavaScript exception thrown while Python runs. Pyodide raises it in Python (JsException, catchable).
 * MicroPython's PyScript build lets it unwind past Python's `except`: it must still show as a py-error,
 * never an uncaught page error, and the page's later scripts and handlers keep working.
 */
const handler = `from pyscript import when, document
import js
@when("click", "#b")
def clicked(event):
    document.getElementById("log").append("click;")
    js.JSON.parse("{")
document.body.dataset.bound = "yes"
`;

for (const engine of engines) {
  test(`${engine.name}: a JS exception in a script or in a handler is a py-error; later scripts and clicks still run`, async ({ page, request }) => {
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await openWorkerPage(
      page,
      request,
      `<button id="b">b</button><div id="log"></div>
<script type="${engine.type}">
${handler}</script>
<script type="${engine.type}">
import js
try:
    js.JSON.parse("{")
except Exception as error:
    js.document.getElementById("log").append("caught;")
js.JSON.parse("[")
</script>
<script type="${engine.type}">
import js
js.document.getElementById("log").append("third;")
</script>`,
      { isolated: true },
    );
    // Pyodide catches it as a Python exception; MicroPython cannot, and that script ends there.
    await expect(page.locator("#log")).toHaveText(engine.name === "pyodide" ? "caught;third;" : "third;");
    await expect(page.locator(".py-error")).toHaveCount(1);
    await expect(page.locator(".py-error")).toContainText("SyntaxError");
    await page.click("#b");
    await page.click("#b");
    await expect(page.locator("#log")).toHaveText(engine.name === "pyodide" ? "caught;third;click;click;" : "third;click;click;");
    await expect(page.locator(".py-error")).toHaveCount(3);
    expect(pageErrors).toEqual([]);
  });

  for (const isolated of [true, false]) {
    test(`${engine.name}: a JS exception in a worker's handler is a py-error and the next click still works (${isolated ? "isolated" : "not isolated"})`, async ({ page, request }) => {
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await openWorkerPage(page, request, `<button id="b">b</button><div id="log"></div>
<script type="${engine.type}" worker>
${handler}</script>`, { isolated });
      await expect(page.locator("body")).toHaveAttribute("data-bound", "yes", { timeout: 60_000 });
      await page.click("#b");
      await expect(page.locator(".py-error")).toHaveCount(1);
      await page.click("#b");
      await expect(page.locator("#log")).toHaveText("click;click;");
      await expect(page.locator(".py-error")).toHaveCount(2);
      await expect(page.locator(".py-error").first()).toContainText("SyntaxError");
      expect(pageErrors).toEqual([]);
    });
  }
}
