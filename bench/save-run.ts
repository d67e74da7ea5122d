/**
 * Save and run: from Ctrl/Cmd+Enter in the editor to `py:done` in the preview (the console channel's
 * `done`, shown as status "Done") for a MicroPython project, warm; the median of RUNS, and the part of it
 * spent saving (Ctrl+Enter to the PATCH's answer). Baseline: Run alone (no change to save) on the same page.
 * Run after a build: `npx tsx bench/save-run.ts` (starts dist/server.mjs on BENCH_PORT, default 3205).
 */
import type { Page } from "@playwright/test";
import { newAccount, signUpWith } from "../e2e/support/auth";
import { launchProfile, median, startApp } from "./bench-kit";
import { reportFigures } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3205);
const appOrigin = `http://localhost:${port}`;
const runs = Number(process.env.RUNS ?? 7);

async function openEditor(page: Page): Promise<void> {
  await signUpWith(page.request, newAccount(), appOrigin);
  const response = await page.request.post(`${appOrigin}/api/projects`, { data: { title: "Save run bench", template: "hello-micropython" } });
  const { project } = (await response.json()) as { project: { slug: string } };
  await page.goto(`${appOrigin}/p/${project.slug}`);
  await page.locator('[data-testid="code-editor"][data-state="ready"]').waitFor();
  await page.locator('[data-testid="preview-status"][data-phase="done"]').waitFor();
}

async function saveAndRun(page: Page, round: number): Promise<{ total: number; saving: number }> {
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(`print("round ${round}")\n`);
  const saved = page.waitForResponse((r) => r.request().method() === "PATCH" && r.url().endsWith("/files"));
  const start = Date.now();
  await page.keyboard.press("ControlOrMeta+Enter");
  await saved;
  const saving = Date.now() - start;
  await page.locator('[data-testid="console"]', { hasText: `round ${round}` }).waitFor();
  await page.locator('[data-testid="preview-status"][data-phase="done"]').waitFor();
  return { total: Date.now() - start, saving };
}

async function runOnly(page: Page): Promise<number> {
  // A run replaces the iframe: wait for the old one to go, so a fast "done" is never the previous run's.
  const previous = await page.locator('iframe[title="Preview of the project"]').elementHandle();
  const start = Date.now();
  await page.getByRole("button", { name: "Run" }).click();
  await page.waitForFunction((frame) => !frame?.isConnected, previous);
  await page.locator('[data-testid="preview-status"][data-phase="done"]').waitFor();
  return Date.now() - start;
}

async function main(): Promise<void> {
  const stop = await startApp(port);
  const context = await launchProfile();
  try {
    const page = await context.newPage();
    await openEditor(page);
    await saveAndRun(page, 0); // warm-up: caches, the first PATCH
    const rounds = [];
    const baseline = [];
    for (let round = 1; round <= runs; round++) {
      rounds.push(await saveAndRun(page, round));
      baseline.push(await runOnly(page));
    }
    const total = median(rounds.map((r) => r.total));
    const saving = median(rounds.map((r) => r.saving));
    console.log(`Ctrl+Enter → py:done (MicroPython, warm): median ${total} ms (${rounds.map((r) => r.total).join(", ")})`);
    console.log(`  of which saving (Ctrl+Enter → PATCH answered): median ${saving} ms (${rounds.map((r) => r.saving).join(", ")})`);
    console.log(`Run alone → py:done (baseline): median ${median(baseline)} ms; save+run / run: ${(total / median(baseline)).toFixed(2)}`);
    const slowest = Math.max(...rounds.map((r) => r.total));
    // The machine's own noise, for reading the slowest round: Run alone's slowest against its median.
    console.log(`Run alone, slowest round: ${Math.max(...baseline)} ms (${(Math.max(...baseline) / median(baseline)).toFixed(2)}× its median)`);
    reportFigures([
      { figure: `save-run: Ctrl/Cmd+Enter → py:done, MicroPython, warm (median of ${runs})`, unit: "ms", ours: total, baseline: median(baseline), baselineName: "Run alone", goal: { kind: "ratio-max", value: 1.15 } },
      { figure: "save-run: slowest round", unit: "ms", ours: slowest, baseline: median(baseline), baselineName: "Run alone", goal: { kind: "ratio-max", value: 1.15 } },
      { figure: "save-run: Run alone's own slowest round (the machine's noise)", unit: "ms", ours: Math.max(...baseline), baseline: median(baseline), baselineName: "Run alone's median" },
    ]);
  } finally {
    await context.close();
    stop();
  }
}

await main();
