/**
 * Editor load: the JS (gzip) the editor page ships before Monaco's lazy chunk (goal ≤ 250 KB), Monaco's own
 * lazy bytes for comparison (both as asked for before the editor accepts typing), and the time from navigation
 * to an editor that accepts typing (a key pressed shows up in Monaco), cold (fresh browser profile) and warm
 * (same profile, reloaded), by the page's clock and, for comparison, as the harness sees it.
 * Run after a build: `npx tsx bench/editor-load.ts` (starts dist/server.mjs on BENCH_PORT, default 3205).
 */
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "@playwright/test";
import { newAccount, signUpWith } from "../e2e/support/auth";
import { launchProfile, median, startApp } from "./bench-kit";
import { reportFigures, type Figure } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3205);
const appOrigin = `http://localhost:${port}`;
const coldRuns = Number(process.env.COLD_RUNS ?? 3);
const warmRuns = Number(process.env.WARM_RUNS ?? 5);
const budgetBytes = 250 * 1024;

/** Signs a fresh user up in `context` (the editor is theirs) and makes the project to open. */
async function createEditorProject(context: BrowserContext): Promise<string> {
  await signUpWith(context.request, newAccount(), appOrigin);
  const response = await context.request.post(`${appOrigin}/api/projects`, {
    data: { title: "Editor load bench", template: "hello-micropython" },
  });
  if (!response.ok()) throw new Error(`create project: ${response.status()} ${await response.text()}`);
  const { project } = (await response.json()) as { project: { slug: string } };
  return `${appOrigin}/p/${project.slug}`;
}

/**
 * The page's own clock, from navigation start: when the editor said it accepts typing, when the first key was
 * pressed, and when that key showed in Monaco. Installed before each navigation (a string: the bench runs
 * under tsx, whose helpers do not exist in the page).
 */
const pageClock = `
  window.__editorClock = {};
  const clock = window.__editorClock;
  addEventListener("keydown", (event) => { clock.keyAt ??= event.timeStamp; }, true);
  new MutationObserver(() => {
    if (clock.readyAt === undefined && document.querySelector('[data-testid="code-editor"][data-state="ready"]')) clock.readyAt = performance.now();
    if (clock.keyAt !== undefined && clock.shownAt === undefined && document.querySelector(".monaco-editor .view-lines")?.textContent.includes("#")) clock.shownAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
`;

/**
 * Navigation to a typed key visible in Monaco, in ms, two ways. \`harness\`: as this script sees it, from
 * asking Playwright to navigate to seeing the key, so it includes Playwright's round trips and the wait for
 * the load event. \`page\`: by the page's clock, navigation start to "ready" plus the key's own latency
 * (keydown to the key in Monaco), leaving out the time Playwright takes to notice "ready" and press a key.
 */
async function timeToTyping(page: Page, url: string): Promise<{ harness: number; page: number }> {
  const start = Date.now();
  await page.goto(url);
  await page.locator('[data-testid="code-editor"][data-state="ready"]').waitFor();
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("End");
  await page.keyboard.type("#");
  await page.locator(".monaco-editor .view-lines", { hasText: "#" }).waitFor();
  const harness = Date.now() - start;
  const clock = await page.evaluate(() => (window as unknown as { __editorClock: Record<string, number> }).__editorClock);
  if (clock.readyAt === undefined || clock.keyAt === undefined || clock.shownAt === undefined) throw new Error(`the page's clock missed a moment: ${JSON.stringify(clock)}`);
  return { harness, page: clock.readyAt + (clock.shownAt - clock.keyAt) };
}

const gzipSize = async (url: string): Promise<number> => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).byteLength;

async function main(): Promise<void> {
  const stop = await startApp(port);
  try {
    const cold: { harness: number; page: number }[] = [];
    const warm: { harness: number; page: number }[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const context = await launchProfile();
      const url = await createEditorProject(context);
      const page = await context.newPage();
      await page.addInitScript(pageClock);
      const seen: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script" && request.url().startsWith(appOrigin)) seen.push(request.url());
      });
      cold.push(await timeToTyping(page, url));
      // The cold load's scripts only (the warm reloads below request them again), and only those asked for
      // before the editor said it accepts typing: what the page fetches once idle after that (the quick input)
      // does not hold typing back.
      const askedAfterReady = new Map(
        await page.evaluate(() => {
          const entries = performance.getEntriesByType("resource").map((entry) => [entry.name, entry.startTime] as [string, number]);
          const readyAt = (window as unknown as { __editorClock: Record<string, number> }).__editorClock.readyAt!;
          return entries.filter(([, startTime]) => startTime > readyAt);
        }),
      );
      scripts = seen.filter((script) => !askedAfterReady.has(script));
      for (let again = 0; again < (run === 0 ? warmRuns : 0); again++) warm.push(await timeToTyping(page, url));
      await context.close();
    }
    const pageScripts = scripts.filter((s) => !new URL(s).pathname.startsWith("/_editor/"));
    const monacoScripts = scripts.filter((s) => new URL(s).pathname.startsWith("/_editor/"));
    const pageSizes = await Promise.all(pageScripts.map(gzipSize));
    const monacoSizes = await Promise.all(monacoScripts.map(gzipSize));
    const pageBytes = pageSizes.reduce((a, b) => a + b, 0);
    const monacoBytes = monacoSizes.reduce((a, b) => a + b, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    const largest = (files: string[], sizes: number[]) =>
      files.map((file, i) => [new URL(file).pathname, sizes[i]!] as const).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([file, size]) => `  ${kb(size).padStart(9)}  ${file}`).join("\n");
    console.log(`page JS before Monaco (gzip): ${kb(pageBytes)} in ${pageScripts.length} files; budget ${kb(budgetBytes)}; ratio ${(pageBytes / budgetBytes).toFixed(2)}`);
    console.log(largest(pageScripts, pageSizes));
    console.log(`Monaco lazy JS (gzip):        ${kb(monacoBytes)} in ${monacoScripts.length} files`);
    console.log(largest(monacoScripts, monacoSizes));
    const line = (loads: { harness: number; page: number }[], by: "page" | "harness") =>
      `median ${Math.round(median(loads.map((l) => l[by])))} ms (${loads.map((l) => Math.round(l[by])).join(", ")})`;
    console.log(`navigation → typing, cold:    page's clock ${line(cold, "page")}; harness ${line(cold, "harness")}`);
    console.log(`navigation → typing, warm:    page's clock ${line(warm, "page")}; harness ${line(warm, "harness")}`);
    const typing = (loads: { harness: number; page: number }[], name: string, goal: number): Figure[] => [
      { figure: `editor-load: navigation → typing, ${name} (median of ${loads.length}, page's clock)`, unit: "ms", ours: median(loads.map((l) => l.page)), goal: { kind: "max", value: goal } },
      { figure: `editor-load: navigation → typing, ${name}, as the harness sees it (Playwright's round trips included)`, unit: "ms", ours: median(loads.map((l) => l.harness)) },
    ];
    reportFigures([
      { figure: "editor page JS before Monaco (gzip)", unit: "KB", ours: pageBytes / 1024, goal: { kind: "max", value: budgetBytes / 1024 } },
      { figure: "Monaco's lazy JS before typing (gzip)", unit: "KB", ours: monacoBytes / 1024, goal: { kind: "max", value: 700 } },
      ...typing(cold, "cold", 1200),
      ...typing(warm, "warm", 700),
    ]);
  } finally {
    stop();
  }
}

await main();
