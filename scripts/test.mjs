// `npm test`: builds, runs every runner (Vitest, then Playwright), and prints one summed last line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const out = mkdtempSync(join(tmpdir(), "pysandbox-test-"));
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);

if (process.env.SKIP_BUILD !== "1" && run("node", ["scripts/build.mjs"]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const vitestFile = join(out, "vitest.json");
const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
let passed = vitest?.numPassedTests ?? 0;
let failed = vitest ? vitest.numFailedTests : 1;
if (vitestStatus !== 0 && failed === 0) failed = 1; // a crash or a failing file outside any test

const playwrightFile = join(out, "playwright.json");
const playwrightStatus = run("npx", ["playwright", "test"], { PW_JSON_OUTPUT: playwrightFile });
const stats = readJson(playwrightFile)?.stats;
passed += stats ? stats.expected + stats.flaky : 0;
const playwrightFailed = stats ? stats.unexpected : 1;
failed += playwrightStatus !== 0 && playwrightFailed === 0 ? 1 : playwrightFailed;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
