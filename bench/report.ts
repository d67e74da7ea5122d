/**
 * How a bench hands its figures to `npm run bench` (bench/run-all.ts): one JSON line per figure, appended to
 * the file named by BENCH_REPORT. Run alone (no BENCH_REPORT), a bench only prints its own output.
 */
import { appendFileSync } from "node:fs";

/** `ratio-max`: ours / baseline ≤ value (lower is better); `ratio-min`: ≥ value; `max`: ours ≤ value. */
export type Goal = { kind: "ratio-max" | "ratio-min" | "max"; value: number };

export type Figure = {
  figure: string;
  ours: number;
  unit: "ms" | "s" | "KB" | "MB" | "req/s" | "rows" | "bytes";
  baseline?: number | undefined;
  /** What the baseline is, when not obvious from the figure's name. */
  baselineName?: string;
  goal?: Goal;
  note?: string;
};

export function reportFigures(figures: Figure[]): void {
  const file = process.env.BENCH_REPORT;
  if (!file) return;
  appendFileSync(file, figures.map((figure) => `${JSON.stringify(figure)}\n`).join(""));
}

/** Whether a figure meets its goal; true when it has none. */
export function meetsGoal({ ours, baseline, goal }: Figure): boolean {
  if (!goal) return true;
  if (goal.kind === "max") return ours <= goal.value;
  if (baseline === undefined || !(baseline > 0)) return false;
  return goal.kind === "ratio-max" ? ours / baseline <= goal.value : ours / baseline >= goal.value;
}
