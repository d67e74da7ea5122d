/**
 * Where a `document.body.dataset.x` read from our worker spends its time: the same read split into its
 * parts (wrapper, FFI call, channel), per engine, isolated. Run after a build: `npx tsx bench/worker-sync-profile.ts`.
 */
import { request as playwrightRequest } from "@playwright/test";
import { createProject } from "../e2e/support/projects";
import { launchBrowser, startApp } from "./bench-kit";

const port = Number(process.env.BENCH_PORT ?? 3482);
const appOrigin = `http://localhost:${port}`;
const n = 300;

const parts: Record<string, string> = {
  "document.body.dataset.x": "document.body.dataset.x",
  "cached dataset: d.x": "d.x",
  "raw call, str answer": '_call("get", d._ref, "x", None)',
  "raw call, ref answer": '_call("get", 0, "document", None)',
  "make a reference (no trip)": "JsRef(1_000_000)",
  "JS no-op call (FFI only)": "noop()",
  "the bench loop's own test": "js.performance.now() - 0 < 20000",
  "__getattr__ dispatch only": "g.x",
  "startswith": 'n.startswith("__")',
  "channel from JS, str answer": 'loop(_call, 0, "name")',
  "channel from JS, ref answer": 'loop(_call, 0, "document")',
};

// Each part runs in turns, several rounds; the best round counts (the machine is shared).
const measurement = `
import js
from pyscript import document
from pyscript._worker_dom import _call, JsRef
document.body.dataset.x = "1"
d = document.body.dataset
noop = js.Math.abs
loop = js.Function("call", "id", "key", "call('get', id, key, null)")
class G:
    def __getattr__(self, name):
        return name
g = G()
n = "x"
best = {}
for _ in range(7):
${Object.entries(parts)
  .map(
    ([label, expr]) => `    start = js.performance.now()
    for _ in range(${n}):
        ${expr}
    best[${JSON.stringify(label)}] = min(best.get(${JSON.stringify(label)}, 1e9), (js.performance.now() - start) / ${n} * 1000)`,
  )
  .join("\n")}
document.body.dataset.result = "\\n".join("%s: %.1f us" % (k, v) for k, v in best.items())
`;

async function main(): Promise<void> {
  const stop = await startApp(port);
  const api = await playwrightRequest.newContext();
  const browser = await launchBrowser();
  try {
    for (const type of ["mpy", "py"]) {
      const html = `<!DOCTYPE html><html><head><script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script></head><body><script type="${type}" worker>${measurement}</script></body></html>`;
      const project = await createProject(api, [{ path: "index.html", content: html }], { isolated: true, appOrigin });
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(project.url);
      const body = tab.locator("body[data-result]");
      await body.waitFor({ state: "attached", timeout: 120_000 });
      console.log(`${type}:\n${await body.getAttribute("data-result")}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await api.dispose();
    stop();
  }
}

await main();
