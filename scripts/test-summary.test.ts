import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { playwrightCounts, summaryLine, vitestCounts } from "./test-summary.mjs";

const fixtures = join(process.cwd(), "test", "fixtures", "summary");
const out = mkdtempSync(join(tmpdir(), "test-summary-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs a real runner on the fixture folder, as scripts/test.mjs runs it on the repository. */
function runReporting(args: string[]): { report: unknown; status: number } {
  const file = join(out, `${args[0]}.json`);
  const { status } = spawnSync("npx", [...args, ...(args[0] === "vitest" ? [`--outputFile.json=${file}`] : [])], {
    cwd: fixtures,
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    encoding: "utf8",
  });
  return { report: JSON.parse(readFileSync(file, "utf8")), status: status ?? 1 };
}

test("the last line counts passed, failed and skipped tests of both runners, todos as skipped", () => {
  const vitest = runReporting(["vitest", "run", "--config", "vitest.config.ts", "--reporter=json"]);
  const playwright = runReporting(["playwright", "test", "--config", "playwright.config.ts", "--reporter=json"]);
  expect(vitestCounts(vitest.report, vitest.status)).toEqual({ passed: 1, failed: 1, skipped: 2 });
  expect(playwrightCounts(playwright.report, playwright.status)).toEqual({ passed: 1, failed: 1, skipped: 1 });
  expect(summaryLine(vitestCounts(vitest.report, vitest.status), playwrightCounts(playwright.report, playwright.status))).toBe(
    "2 passed, 2 failed, 3 skipped",
  );
});

test("a runner that wrote no report, or failed outside any test, counts as one failure", () => {
  expect(vitestCounts(null, 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  expect(playwrightCounts(null, 1)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  const clean = { numPassedTests: 3, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0 };
  expect(vitestCounts(clean, 1)).toEqual({ passed: 3, failed: 1, skipped: 0 });
});
