/**
 * `npm run bench`: runs every bench of bench/registry.ts one after another (each in its own process, on its
 * own port), then prints one table of their figures: ours, baseline, ratio and goal. Exits non-zero when a
 * goal is missed or a bench fails. Needs a build first (`node scripts/build.mjs`); not part of CI.
 * BENCH_ONLY=editor-load,save-run runs a subset.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { benches } from "./registry";
import { meetsGoal, type Figure } from "./report";

const only = process.env.BENCH_ONLY?.split(",");
const report = join(mkdtempSync(join(tmpdir(), "bench-report-")), "figures.jsonl");
const failed: string[] = [];

benches.forEach(({ script, args = [], needsPostgres }, index) => {
  const name = basename(script, ".ts");
  if (only && !only.includes(name)) return;
  if (needsPostgres && !process.env.TEST_DATABASE_URL) {
    failed.push(`${name}: not run, it needs TEST_DATABASE_URL`);
    return;
  }
  console.log(`\n── ${name}`);
  const env = { ...process.env, BENCH_REPORT: report, BENCH_PORT: String(3700 + index) };
  const run = spawnSync("npx", ["tsx", ...args, script], { env, stdio: "inherit" });
  if (run.status !== 0) failed.push(`${name}: exited with ${run.status ?? run.signal}`);
});

const figures = existsSync(report)
  ? readFileSync(report, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Figure)
  : [];
printTable(figures);
for (const failure of failed) console.log(`FAILED ${failure}`);
const missed = figures.filter((figure) => !meetsGoal(figure));
if (missed.length > 0) console.log(`${missed.length} goal(s) missed: ${missed.map((f) => f.figure).join("; ")}`);
process.exitCode = missed.length > 0 || failed.length > 0 ? 1 : 0;

function printTable(rows: Figure[]): void {
  const value = (n: number | undefined, unit: string) =>
    n === undefined ? "–" : `${n.toLocaleString("en-US", { maximumFractionDigits: n < 10 ? 3 : n < 100 ? 1 : 0 })} ${unit}`;
  const goalText = (f: Figure) =>
    !f.goal ? "–" : f.goal.kind === "max" ? `≤ ${value(f.goal.value, f.unit)}` : `${f.goal.kind === "ratio-max" ? "≤" : "≥"} ${f.goal.value}×`;
  const table = rows.map((f) => [
    f.note ? `${f.figure} (${f.note})` : f.figure,
    value(f.ours, f.unit),
    f.baseline === undefined ? "–" : `${value(f.baseline, f.unit)}${f.baselineName ? ` (${f.baselineName})` : ""}`,
    f.baseline ? `${(f.ours / f.baseline).toFixed(2)}×` : "–",
    goalText(f),
    meetsGoal(f) ? "" : "MISSED",
  ]);
  const header = ["figure", "ours", "baseline", "ratio", "goal", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(`\n${line(header)}\n| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of table) console.log(line(row));
}
