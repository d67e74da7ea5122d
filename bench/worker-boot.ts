/**
 * The seed's Common Use Case (MicroPython on the main thread starting a Pyodide worker, which answers 42):
 * time from navigation to "42" at the end of the body, warm cache, median of BOOT_RUNS loads (default 5),
 * ours (the scenario's files unchanged) vs @pyscript/core (same files, pointed at the same local
 * interpreters through its `interpreter` config key), same server. Isolated, as the scenario says.
 * Run after a build: `npx tsx bench/worker-boot.ts` (starts dist/server.mjs on BENCH_PORT, default 3483).
 */
import { request as playwrightRequest, type BrowserContext } from "@playwright/test";
import { scenarioFiles, type FixtureFile } from "../e2e/support/fixtures";
import { createProject, type ProjectFile } from "../e2e/support/projects";
import { launchProfile, localInterpreter, median, pyscriptCoreFiles, startApp } from "./bench-kit";

const port = Number(process.env.BENCH_PORT ?? 3483);
const appOrigin = `http://localhost:${port}`;
const runs = Number(process.env.BOOT_RUNS ?? 5);

function filesFor(impl: "ours" | "pyscript"): ProjectFile[] {
  const files = scenarioFiles("05-common-use-case");
  if (impl === "ours") return files;
  const mpy = JSON.stringify({ interpreter: localInterpreter(port, "micropython/micropython.mjs") });
  const pyodide = JSON.stringify(localInterpreter(port, "pyodide/pyodide.mjs"));
  const edit = (file: FixtureFile): FixtureFile => {
    if (file.path === "index.html") {
      const content = file.content
        .replace(/https:\/\/pyscript\.net\/releases\/[^/]+\//g, "./pyscript/")
        .replace('<script type="mpy" src="main.py" async>', `<script type="mpy" src="main.py" async config='${mpy}'>`);
      return { ...file, content };
    }
    if (file.path === "main.py") {
      // polyscript's XWorker takes the interpreter's URL as `version`.
      return { ...file, content: file.content.replace('type="pyodide")', `type="pyodide", version=${pyodide})`) };
    }
    return file;
  };
  return [...pyscriptCoreFiles(), ...files.map(edit)];
}

async function timeTo42(context: BrowserContext, url: string): Promise<number> {
  const tab = await context.newPage();
  const logs: string[] = [];
  tab.on("console", (message) => logs.push(message.text()));
  await tab.goto(url);
  await tab
    .waitForFunction(() => /42\s*$/.test(document.body?.textContent ?? ""), null, { timeout: 120_000, polling: 5 })
    .catch((error: unknown) => {
      throw new Error(`no 42 at ${url}. Page console:\n${logs.join("\n")}`, { cause: error });
    });
  const ms = await tab.evaluate(() => performance.now());
  await tab.close();
  return ms;
}

async function main(): Promise<void> {
  const stop = await startApp(port);
  const api = await playwrightRequest.newContext();
  try {
    const result: Record<string, number> = {};
    for (const impl of ["ours", "pyscript"] as const) {
      const project = await createProject(api, filesFor(impl), { isolated: true, appOrigin });
      const context = await launchProfile();
      await timeTo42(context, project.url); // cold: fills the cache
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) warm.push(await timeTo42(context, project.url));
      await context.close();
      result[impl] = median(warm);
    }
    const ours = result.ours!;
    const theirs = result.pyscript!;
    console.log(`worker-boot: Common Use Case (mpy main -> pyodide worker -> 42), warm cache, median of ${runs}`);
    console.log(`ours ${(ours / 1000).toFixed(3)} s   @pyscript/core ${(theirs / 1000).toFixed(3)} s   ratio ${(ours / theirs).toFixed(2)}x (goal 0.6x)`);
  } finally {
    await api.dispose();
    stop();
  }
}

await main();
