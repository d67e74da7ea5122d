import { expect, test } from "@playwright/test";
import { openPage, pyscriptPage, recordRuntimeEvents, waitForAllDone } from "./project";

/**
 * `<script type="py-game">` on a server whose operator has not installed Pyodide's packages: the page says
 * which package is missing and how to add it, and the page's other scripts still run. (With the packages
 * installed, e2e/runtime/packages.spec.ts runs one.)
 */
test("a py-game script without pygame-ce on the server says so; other scripts still run", async ({ page, request }) => {
  await recordRuntimeEvents(page);
  await openPage(
    page,
    request,
    pyscriptPage(`<canvas id="canvas"></canvas>
<script type="py-game">import pygame</script>
<script type="mpy" id="other">
from pyscript import display
display("other scripts run")
</script>`),
  );
  await expect(page.locator(".py-error")).toContainText("Package 'pygame-ce' is not available on this server");
  await expect(page.locator(".py-error")).toContainText("npm run packages:install");
  await expect(page.locator("#other + script-py")).toHaveText("other scripts run");
  await waitForAllDone(page);
});

test("a py-game script whose target is not a canvas says what it found", async ({ page, request }) => {
  await openPage(page, request, pyscriptPage(`<div id="board"></div><script type="py-game" target="board">import pygame</script>`));
  await expect(page.locator(".py-error")).toContainText("py-game draws on a <canvas>: #board is a <div>");
});
