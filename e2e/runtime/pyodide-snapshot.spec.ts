import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { pyscriptPage } from "./project";

/**
 * Pyodide's heap snapshot saves start-up time but weighs about 5 MB: a first visit starts afresh, as PyScript
 * does, and fetches what a restore reads once its Python is done; the next visit restores from the cache.
 */

// Each interpreter says whether it found the snapshot among what it had loaded when its Python began.
const probe = (id: string) => `
import js
from pyscript import document
loaded = [entry.name for entry in js.performance.getEntriesByType("resource")]
restored = any(name.endswith("/pyodide-snapshot.bin") for name in loaded)
document.getElementById("${id}").textContent = "restored" if restored else "started afresh"
`;
const page = pyscriptPage(`<p id="main"></p><p id="worker"></p>
<script type="py">${probe("main")}</script>
<script type="py" worker>${probe("worker")}</script>`);

type Snapshot = { startTime: number; transferSize: number };
const snapshotEntry = (tab: Page): Promise<Snapshot | null> =>
  tab.evaluate(() => {
    const entry = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/pyodide-snapshot.bin")) as PerformanceResourceTiming | undefined;
    return entry ? { startTime: entry.startTime, transferSize: entry.transferSize } : null;
  });

test("a first visit boots Pyodide without its snapshot and fetches it after the page's Python; the next visit restores it from the cache", async ({
  playwright,
  request,
}) => {
  // A real profile (disk cache): a throw-away context's small memory cache cannot hold the snapshot.
  const context = await playwright.chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "snapshot-cache-")), {
    ...test.info().project.use.launchOptions,
  });
  try {
    const project = await createProject(request, [{ path: "index.html", content: page }]);
    const tab = await context.newPage();
    await tab.addInitScript(() => {
      window.addEventListener("py:all-done", () => (document.documentElement.dataset.allDoneAt = String(performance.now())));
    });
    await tab.goto(project.url);
    await expect(tab.locator("#main")).toHaveText("started afresh");
    await expect(tab.locator("#worker")).toHaveText("started afresh");
    // Fetched once the page was idle; the record of it is what the next visit reads.
    await tab.waitForFunction(() => localStorage.getItem("pysandbox:pyodide-snapshot") !== null, null, { timeout: 30_000 });
    const fetched = (await snapshotEntry(tab))!;
    expect(fetched.startTime).toBeGreaterThan(Number(await tab.locator("html").getAttribute("data-all-done-at")));
    expect(fetched.transferSize).toBeGreaterThan(1_000_000);

    await tab.reload();
    await expect(tab.locator("#main")).toHaveText("restored");
    await expect(tab.locator("#worker")).toHaveText("restored");
    expect((await snapshotEntry(tab))?.transferSize, "the snapshot came from the cache").toBe(0);
    const stdlib = await tab.evaluate(() => performance.getEntriesByType("resource").find((e) => e.name.endsWith("/python_stdlib.zip")) as PerformanceResourceTiming | undefined);
    expect(stdlib?.transferSize, "the standard library it indexes came from the cache").toBe(0);
  } finally {
    await context.close();
  }
});
