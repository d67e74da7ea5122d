/**
 * Embed weight: what a third party's page pays for an embed. Requests and bytes transferred (bodies as sent,
 * plus headers) by a plain page on another port holding one embed, in a fresh browser context each time:
 * with `run=click` before the click, the same after it (until the project's output is in the console), and a
 * plain `run=auto` embed (the baseline), then a page with ten `run=click` embeds beside one `run=auto`.
 * Run after a build: `npx tsx bench/embed-weight.ts` (starts dist/server.mjs on BENCH_PORT, default 3207;
 * BENCH_TEMPLATE picks the project, default hello-micropython).
 */
import type { Browser, Page, Request } from "@playwright/test";
import { newAccount, signUpWith } from "../e2e/support/auth";
import { embedFrame, serveHostPage } from "../e2e/embed/host-page";
import { launchBrowser, median, startApp } from "./bench-kit";
import { reportFigures } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3207);
const appOrigin = `http://localhost:${port}`;
const template = process.env.BENCH_TEMPLATE ?? "hello-micropython";
const runs = Number(process.env.RUNS ?? 3);

type Weight = { requests: number; bytes: number; scriptBytes: number; ms: number };

async function createProject(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  await signUpWith(context.request, newAccount(), appOrigin);
  const response = await context.request.post(`${appOrigin}/api/projects`, { data: { title: "Embed weight bench", template } });
  if (!response.ok()) throw new Error(`create project: ${response.status()} ${await response.text()}`);
  const { project } = (await response.json()) as { project: { slug: string } };
  await context.close();
  return project.slug;
}

/** Counts every request of the page and its frames from now on; `total()` once the network is quiet. */
function meter(page: Page) {
  let requests = 0;
  const sizes: Promise<{ bytes: number; script: boolean }>[] = [];
  page.on("request", () => requests++);
  page.on("requestfinished", (request: Request) =>
    sizes.push(
      request.sizes().then(
        (s) => ({ bytes: s.responseBodySize + s.responseHeadersSize, script: request.resourceType() === "script" }),
        () => ({ bytes: 0, script: false }),
      ),
    ),
  );
  return {
    async total(): Promise<Omit<Weight, "ms">> {
      await page.waitForLoadState("networkidle");
      const all = await Promise.all(sizes);
      return {
        requests,
        bytes: all.reduce((sum, r) => sum + r.bytes, 0),
        scriptBytes: all.reduce((sum, r) => sum + (r.script ? r.bytes : 0), 0),
      };
    },
  };
}

/** One measurement of a host page holding `embeds` embeds with `query`; `click` presses Run in the first. */
async function measure(browser: Browser, slug: string, query: string, { embeds = 1, click = false } = {}): Promise<Weight> {
  const frames = Array.from({ length: embeds }, (_, i) => embedFrame(`${appOrigin}/embed/${slug}${query}`, { id: `e${i}` })).join("\n");
  const host = await serveHostPage(`<h1>Docs</h1>${frames}`);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const start = Date.now();
    const before = meter(page);
    await page.goto(host.url);
    const embed = page.frameLocator("#e0");
    await embed.getByTestId("embed").waitFor();
    if (!click && query.includes("run=click")) return { ...(await before.total()), ms: Date.now() - start };
    if (click) {
      await before.total();
      await embed.getByRole("button", { name: "Run", exact: true }).click();
    }
    await embed.locator('[data-testid="console"] [data-kind]').first().waitFor({ timeout: 120_000 });
    return { ...(await before.total()), ms: Date.now() - start };
  } finally {
    await context.close();
    await host.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

async function main(): Promise<void> {
  const stop = await startApp(port);
  const browser = await launchBrowser();
  try {
    const slug = await createProject(browser);
    const scenarios: [string, string, { embeds?: number; click?: boolean }][] = [
      ["run=click, before the click", "?run=click", {}],
      ["run=click, after the click", "?run=click", { click: true }],
      ["run=auto (baseline)", "", {}],
      ["ten run=click embeds", "?run=click", { embeds: 10 }],
    ];
    const rows: [string, Weight][] = [];
    for (const [name, query, options] of scenarios) {
      const samples: Weight[] = [];
      for (let run = 0; run < runs; run++) samples.push(await measure(browser, slug, query, options));
      const pick = (key: keyof Weight) => median(samples.map((s) => s[key]));
      rows.push([name, { requests: pick("requests"), bytes: pick("bytes"), scriptBytes: pick("scriptBytes"), ms: pick("ms") }]);
    }
    const baseline = rows.find(([name]) => name.startsWith("run=auto"))![1];
    console.log(`project: ${template}; medians of ${runs} runs, fresh browser context each (no cache)`);
    console.log(`${"".padEnd(30)}${"requests".padStart(9)}${"transferred".padStart(13)}${"of it JS".padStart(10)}${"vs auto".padStart(9)}${"ms".padStart(8)}`);
    reportFigures(rows.map(([name, w]) => ({ figure: `embed-weight: ${name}, bytes`, unit: "KB", ours: w.bytes / 1024, baseline: baseline.bytes / 1024, baselineName: "run=auto" })));
    for (const [name, w] of rows) {
      console.log(
        `${name.padEnd(30)}${String(w.requests).padStart(9)}${kb(w.bytes).padStart(13)}${kb(w.scriptBytes).padStart(10)}${(w.bytes / baseline.bytes).toFixed(2).padStart(9)}${String(w.ms).padStart(8)}`,
      );
    }
  } finally {
    await browser.close();
    stop();
  }
}

await main();
