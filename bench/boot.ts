/**
 * Boot time: navigation to the end of the page's Python (`py:done`), warm cache, median of BOOT_RUNS loads
 * (default 7), for a MicroPython page and a Pyodide page, ours vs @pyscript/core on the same server with the
 * same local interpreter files. Also prints bytes transferred on the cold (first) load and on a warm one.
 * Run after a build: `npx tsx bench/boot.ts` (starts dist/server.mjs on BENCH_PORT, default 3482).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, request as playwrightRequest, type BrowserContext } from "@playwright/test";
import { createProject, type ProjectFile } from "../e2e/support/projects";
import { reportFigures } from "./report";

const port = Number(process.env.BENCH_PORT ?? 3482);
const appOrigin = `http://localhost:${port}`;
const runs = Number(process.env.BOOT_RUNS ?? 7);
const runtimeHash = (JSON.parse(readFileSync("dist/runtime/manifest.json", "utf8")) as { hash: string }).hash;

const pages = [
  { name: "MicroPython", type: "mpy", module: "micropython/micropython.mjs", goal: 0.6, coldGoal: null },
  { name: "Pyodide", type: "py", module: "pyodide/pyodide.mjs", goal: 0.4, coldGoal: { bytes: 1.0, ms: 0.7 } },
] as const;
type PageRow = (typeof pages)[number];

// The same code on both runtimes; the last line is the "done" signal, in ms since navigation start.
const code = `
import js
from pyscript import display
display("hello from Python")
js.document.body.dataset.doneAt = str(js.performance.now())
`;

const pyscriptDist = join("node_modules", "@pyscript", "core", "dist");
const pyscriptFiles: ProjectFile[] = readdirSync(pyscriptDist)
  .filter((name) => name.endsWith(".js") || name.endsWith(".css"))
  .map((name) => ({ path: `pyscript/${name}`, content: readFileSync(join(pyscriptDist, name), "utf8") }));

function filesFor(impl: "ours" | "pyscript", row: PageRow): ProjectFile[] {
  const html = (head: string, attributes: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>\n<script ${attributes}>${code}</script>\n</body></html>`;
  if (impl === "ours") {
    const head = `<link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
<script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>`;
    return [{ path: "index.html", content: html(head, `type="${row.type}"`) }];
  }
  // PyScript's `interpreter` config key points it at the very interpreter files we serve.
  const config = JSON.stringify({ interpreter: `/_runtime/${runtimeHash}/${row.module}` });
  const head = `<link rel="stylesheet" href="./pyscript/core.css"><script type="module" src="./pyscript/core.js"></script>`;
  return [...pyscriptFiles, { path: "index.html", content: html(head, `type="${row.type}" config='${config}'`) }];
}

async function startServer(): Promise<() => void> {
  const child = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), "pysandbox-boot-")), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await fetch(`${appOrigin}/api/health`).then((r) => r.ok, () => false)) return () => child.kill();
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling a server that is starting
  }
  child.kill();
  throw new Error("server did not start");
}

/**
 * `encodings`: the Content-Encoding of the interpreter files as the browser received them. `laterBytes`:
 * what the page went on to download once its Python was done (our Pyodide snapshot, fetched for next time).
 */
type Load = { ms: number; bytes: number; laterBytes: number; encodings: string };
type Row = { ms: number; cold: number; warm: number };

/** `firstVisitFetches`: the page fetches for next time once its Python is done (our Pyodide); wait for that. */
async function load(context: BrowserContext, url: string, firstVisitFetches = false): Promise<Load> {
  const tab = await context.newPage();
  const encodings = new Set<string>();
  tab.on("response", (response) => {
    if (/\.(wasm|zip|tar|whl|bin)(\?|$)/.test(response.url())) encodings.add(response.headers()["content-encoding"] ?? "identity");
  });
  await tab.goto(url);
  const body = tab.locator("body[data-done-at]");
  await body.waitFor({ state: "attached", timeout: 120_000 });
  const ms = Number(await body.getAttribute("data-done-at"));
  // Split at the end of the page's Python: what a first visit fetched after it (for next time) is counted apart.
  const transferred = (before: boolean) =>
    tab.evaluate(
      ([end, before]) =>
        performance
          .getEntries()
          .filter((e): e is PerformanceResourceTiming => "transferSize" in e && e.startTime < end === before)
          .reduce((sum, e) => sum + e.transferSize, 0),
      [ms, before] as const,
    );
  // A visit is over once a first visit's snapshot is in the cache: the next load is a regular's.
  if (firstVisitFetches) await tab.waitForFunction(() => localStorage.getItem("pysandbox:pyodide-snapshot") !== null, null, { timeout: 120_000 });
  const bytes = await transferred(true);
  const laterBytes = await transferred(false);
  await tab.close();
  return { ms, bytes, laterBytes, encodings: [...encodings].sort().join("+") || "none" };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

async function main(): Promise<void> {
  const stop = await startServer();
  const api = await playwrightRequest.newContext();
  try {
    console.log(`boot: navigation -> end of the page's Python, warm cache, median of ${runs} loads (cold-load bytes / warm-load bytes)`);
    console.log(["page".padEnd(12), "ours".padStart(22), "@pyscript/core".padStart(22), "ratio".padStart(7), "goal".padStart(6)].join(" "));
    for (const row of pages) {
      const impls = ["ours", "pyscript"] as const;
      const urls = await Promise.all(impls.map(async (impl) => (await createProject(api, filesFor(impl, row), { isolated: true, appOrigin })).url));
      // A real profile (disk cache) per runtime, so neither profits from the other's downloads.
      const contexts = await Promise.all(
        impls.map(() =>
          chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "boot-profile-")), {
            executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
            args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
          }),
        ),
      );
      // A new browser's first page pays for its own start (a renderer to spawn, a disk cache to create): open
      // one page in each before the cold loads, on the app's origin, so neither cold load pays it.
      for (const context of contexts) await (await context.newPage()).goto(`${appOrigin}/api/health`);
      const cold = [await load(contexts[0]!, urls[0]!, row.type === "py"), await load(contexts[1]!, urls[1]!)];
      // Loads alternate between the two runtimes, so a busy machine slows both alike.
      const warm: Load[][] = [[], []];
      for (let i = 0; i < runs; i++) {
        for (const k of [0, 1]) warm[k]!.push(await load(contexts[k]!, urls[k]!));
      }
      await Promise.all(contexts.map((context) => context.close()));
      const [ours, theirs] = [0, 1].map((k) => ({
        ms: median(warm[k]!.map((w) => w.ms)),
        cold: cold[k]!.bytes,
        warm: median(warm[k]!.map((w) => w.bytes)),
      })) as [Row, Row];
      const cell = (r: Row) => `${(r.ms / 1000).toFixed(3)} s (${mb(r.cold)}/${mb(r.warm)})`;
      console.log([row.name.padEnd(12), cell(ours).padStart(22), cell(theirs).padStart(22), `${(ours.ms / theirs.ms).toFixed(2)}x`.padStart(7), `${row.goal}x`.padStart(6)].join(" "));
      const encoding = `${cold[0]!.encodings} / @pyscript/core ${cold[1]!.encodings}, over http://localhost`;
      console.log(`${"".padEnd(12)} cold load: ${(cold[0]!.ms / 1000).toFixed(3)} s vs ${(cold[1]!.ms / 1000).toFixed(3)} s; interpreter files encoded ${encoding}`);
      const later = cold[0]!.laterBytes;
      if (later) console.log(`${"".padEnd(12)} after its Python was done, our first visit fetched ${mb(later)} more for next time (${mb(ours.cold + later)} in all)`);
      reportFigures([
        { figure: `boot ${row.name}, warm (median of ${runs})`, unit: "ms", ours: ours.ms, baseline: theirs.ms, baselineName: "@pyscript/core", goal: { kind: "ratio-max", value: row.goal } },
        { figure: `boot ${row.name}, cold time`, unit: "ms", ours: cold[0]!.ms, baseline: cold[1]!.ms, baselineName: "@pyscript/core", ...(row.coldGoal && { goal: { kind: "ratio-max", value: row.coldGoal.ms } }) },
        { figure: `boot ${row.name}, cold bytes`, unit: "MB", ours: ours.cold / 1e6, baseline: theirs.cold / 1e6, baselineName: "@pyscript/core", note: `encoding ${encoding}${later ? `; then ${mb(later)} fetched when idle, for next time` : ""}`, ...(row.coldGoal && { goal: { kind: "ratio-max", value: row.coldGoal.bytes } }) },
      ]);
    }
  } finally {
    await api.dispose();
    stop();
  }
}

await main();
