/**
 * Editor load: the JS (gzip) the editor page ships before Monaco's lazy chunk (goal ≤ 250 KB), Monaco's own
 * lazy bytes for comparison, and the time from navigation to an editor that accepts typing (a key pressed
 * shows up in Monaco), cold (fresh browser profile) and warm (same profile, reloaded).
 * Run after a build: `npx tsx bench/editor-load.ts` (starts dist/server.mjs on BENCH_PORT, default 3205).
 */
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "@playwright/test";
import { newAccount, signUpWith } from "../e2e/support/auth";
import { launchProfile, median, startApp } from "./bench-kit";
import { reportFigures } from "./report";

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

/** Navigation to a typed key visible in Monaco, in ms. */
async function timeToTyping(page: Page, url: string): Promise<number> {
  const start = Date.now();
  await page.goto(url);
  await page.locator('[data-testid="code-editor"][data-state="ready"]').waitFor();
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("End");
  await page.keyboard.type("#");
  await page.locator(".monaco-editor .view-lines", { hasText: "#" }).waitFor();
  return Date.now() - start;
}

const gzipSize = async (url: string): Promise<number> => gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).byteLength;

async function main(): Promise<void> {
  const stop = await startApp(port);
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    let scripts: string[] = [];
    for (let run = 0; run < coldRuns; run++) {
      const context = await launchProfile();
      const url = await createEditorProject(context);
      const page = await context.newPage();
      const seen: string[] = [];
      page.on("request", (request) => {
        if (request.resourceType() === "script" && request.url().startsWith(appOrigin)) seen.push(request.url());
      });
      cold.push(await timeToTyping(page, url));
      // The cold load's scripts only: the warm reloads below request them again.
      scripts = [...seen];
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
    console.log(`navigation → typing, cold:    median ${median(cold)} ms (${cold.join(", ")})`);
    console.log(`navigation → typing, warm:    median ${median(warm)} ms (${warm.join(", ")})`);
    reportFigures([
      { figure: "editor page JS before Monaco (gzip)", unit: "KB", ours: pageBytes / 1024, goal: { kind: "max", value: budgetBytes / 1024 } },
      { figure: "Monaco's lazy JS before typing (gzip)", unit: "KB", ours: monacoBytes / 1024, goal: { kind: "max", value: 700 } },
      { figure: `editor-load: navigation → typing, cold (median of ${coldRuns})`, unit: "ms", ours: median(cold), goal: { kind: "max", value: 1200 } },
      { figure: `editor-load: navigation → typing, warm (median of ${warm.length})`, unit: "ms", ours: median(warm), goal: { kind: "max", value: 700 } },
    ]);
  } finally {
    stop();
  }
}

await main();
