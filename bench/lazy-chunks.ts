/**
 * Bytes on the wire, cold cache, for three MicroPython pages side by side: a plain page, the same page with
 * a `terminal`, and a page with one `mpy-editor` cell (before and after its first Run). xterm.js and
 * editor.js must load only on the pages that use them: a plain page fetching either fails the bench.
 * Sizes are headers + (compressed) body, from the browser's request events, so a worker's fetches count.
 * Run after a build: `npx tsx bench/lazy-chunks.ts` (starts dist/server.mjs on BENCH_PORT, default 3484).
 */
import { request as playwrightRequest, type Browser, type Page } from "@playwright/test";
import { createProject } from "../e2e/support/projects";
import { launchBrowser, startApp } from "./bench-kit";
import { reportFigures } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3484);
const appOrigin = `http://localhost:${port}`;

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
<script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script></head><body>
${body}
</body></html>`;

const done = `import js\njs.document.body.dataset.done = "1"`;
const cases: { name: string; html: string; ready(tab: Page): Promise<void> }[] = [
  {
    name: "plain page",
    html: page(`<script type="mpy">print("hello")\n${done}</script>`),
    ready: (tab) => tab.locator("body[data-done]").waitFor({ state: "attached" }),
  },
  {
    name: "terminal page",
    html: page(`<script type="mpy" terminal>print("hello")\n${done}</script>`),
    ready: async (tab) => {
      await tab.locator("body[data-done]").waitFor({ state: "attached" });
      await tab.locator('.py-terminal[data-state="ready"]').waitFor();
    },
  },
  {
    name: "editor page, not run",
    html: page(`<script type="mpy-editor">print("hello")</script>`),
    ready: (tab) => tab.locator('.py-editor[data-editor="ready"]').waitFor(),
  },
  {
    name: "editor page, run",
    html: page(`<script type="mpy-editor">print("hello")</script>`),
    ready: async (tab) => {
      await tab.locator('.py-editor[data-editor="ready"]').waitFor();
      await tab.getByRole("button", { name: "Run" }).click();
      await tab.locator('.py-editor[data-state="done"]').waitFor({ timeout: 60_000 });
    },
  },
];

type Transfer = { total: number; files: Map<string, number> };

async function measure(browser: Browser, url: string, ready: (tab: Page) => Promise<void>): Promise<Transfer> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // Request events, not the page's performance entries: these include what the page's workers fetch.
  const sizes: Promise<[string, number]>[] = [];
  tab.on("requestfinished", (request) =>
    sizes.push(request.sizes().then((size) => [request.url(), size.responseHeadersSize + size.responseBodySize])),
  );
  await tab.goto(url);
  await ready(tab);
  const measured = await Promise.all(sizes);
  await context.close();
  const files = new Map<string, number>();
  let total = 0;
  for (const [name, size] of measured) {
    const key = /\/_runtime\/[0-9a-f]+\/(.+?)(\?|$)/.exec(name)?.[1] ?? new URL(name).pathname;
    files.set(key, (files.get(key) ?? 0) + size);
    total += size;
  }
  return { total, files };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  const stop = await startApp(port);
  const api = await playwrightRequest.newContext();
  const browser = await launchBrowser();
  try {
    console.log("lazy chunks: bytes transferred on a cold load (MicroPython), and the lazy files each page fetched");
    const results: [string, Transfer][] = [];
    for (const row of cases) {
      const { url } = await createProject(api, [{ path: "index.html", content: row.html }], { appOrigin });
      results.push([row.name, await measure(browser, url, row.ready)]);
    }
    const plain = results[0]![1];
    for (const [name, transfer] of results) {
      const lazy = ["core.js", "xterm.js", "editor.js", "worker.js"].filter((file) => transfer.files.has(file)).map((file) => `${file} ${kb(transfer.files.get(file)!)}`);
      const delta = transfer.total - plain.total;
      console.log(`${name.padEnd(22)} ${kb(transfer.total).padStart(10)}  ${delta === 0 ? "" : `(${delta > 0 ? "+" : ""}${kb(delta)} vs plain)`.padEnd(22)}  ${lazy.join(", ") }`);
    }
    reportFigures(results.map(([name, transfer]) => ({ figure: `lazy-chunks: ${name}, cold bytes`, unit: "KB", ours: transfer.total / 1024, baseline: plain.total / 1024, baselineName: "plain page" })));
    const leaked = ["xterm.js", "editor.js"].filter((file) => plain.files.has(file));
    if (leaked.length) {
      console.error(`FAIL: the plain page fetched ${leaked.join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await api.dispose();
    stop();
  }
}

await main();
