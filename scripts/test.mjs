// `npm test`: builds, runs every runner (Vitest, then Playwright), and prints one summed last line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { playwrightCounts, summaryLine, vitestCounts } from "./test-summary.mjs";

const out = mkdtempSync(join(tmpdir(), "pysandbox-test-"));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

if (process.env.SKIP_BUILD !== "1" && run("node", ["scripts/build.mjs"]) !== 0) {
  console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(1);
}

const vitestFile = join(out, "vitest.json");
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
const vitest = vitestCounts(readJson(vitestFile), vitestStatus);

const playwrightFile = join(out, "playwright.json");
const playwrightStatus = run("npx", ["playwright", "test"], { PW_JSON_OUTPUT: playwrightFile });
const playwright = playwrightCounts(readJson(playwrightFile), playwrightStatus);

console.log(summaryLine(vitest, playwright));
process.exit(vitest.failed + playwright.failed === 0 ? 0 : 1);
