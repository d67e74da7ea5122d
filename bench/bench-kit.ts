/**
 * What the worker benches share: the app started from dist/ on its own port and data folder, a Chromium
 * like the tests', and @pyscript/core's dist as project files so the baseline is served by the same server.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import type { ProjectFile } from "../e2e/support/projects";

export const runtimeHash = (): string =>
  (JSON.parse(readFileSync("dist/runtime/manifest.json", "utf8")) as { hash: string }).hash;

/** Absolute URL of an interpreter module we serve, for PyScript's `interpreter` config key. */
export const localInterpreter = (port: number, module: string): string =>
  `http://runtime.preview.localhost:${port}/_runtime/${runtimeHash()}/${module}`;

export async function startApp(port: number): Promise<() => void> {
  const child = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), "pysandbox-bench-")), NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await fetch(`http://localhost:${port}/api/health`).then((r) => r.ok, () => false)) return () => child.kill();
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling a server that is starting
  }
  child.kill();
  throw new Error("server did not start");
}

const chromiumOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
};

export const launchBrowser = () => chromium.launch(chromiumOptions);

/** A real profile (disk cache) of its own, so one runtime never profits from the other's downloads. */
export const launchProfile = (): Promise<BrowserContext> =>
  chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "bench-profile-")), chromiumOptions);

export function pyscriptCoreFiles(): ProjectFile[] {
  const dist = join("node_modules", "@pyscript", "core", "dist");
  return readdirSync(dist)
    .filter((name) => name.endsWith(".js") || name.endsWith(".css"))
    .map((name) => ({ path: `pyscript/${name}`, content: readFileSync(join(dist, name), "utf8") }));
}

export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
