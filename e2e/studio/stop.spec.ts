import { expect, test } from "@playwright/test";
import { createFromTemplate } from "./workbench";

/** A worker that never yields, in an isolated project: the page stays responsive, so Stop is answered. */

const runaway = (engine: "py" | "mpy") => `<!DOCTYPE html>
<html>
  <head>
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="${engine}" worker>
      from pyscript import document
      document.body.append("looping")
      while True:
          pass
    </script>
  </body>
</html>
`;

for (const engine of ["py", "mpy"] as const) {
  test(`Stop ends a runaway ${engine === "py" ? "Pyodide" : "MicroPython"} worker loop and says how in the console`, async ({ page }) => {
    const { workbench } = await createFromTemplate(page, "Blank");
    await workbench.openFile("index.html");
    await workbench.replaceText(runaway(engine));
    await workbench.saveAndRun();
    await expect(workbench.preview.locator("body")).toContainText("looping", { timeout: 60_000 });
    await page.getByRole("button", { name: "Stop" }).click();
    await expect(workbench.previewStatus).toHaveText("Stopped");
    await expect(workbench.console.locator('[data-kind="info"]')).toContainText(/interrupt|terminat/i);
  });
}
