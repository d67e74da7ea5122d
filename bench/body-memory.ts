/**
 * Peak memory of reading maximum-size file saves: 10 files of 1 MiB as base64 (the largest body the caps
 * allow, ~14 MB), streamed in 64 KiB pieces as a socket delivers them, then parsed, validated and decoded
 * as `PUT /api/projects/:id/files` does before it writes. Scenarios: one request; 8 at once with a slot
 * each (no bound: the memory of 8 bodies at the same time); 8 at once through the app's two slots.
 * Each scenario runs in a fresh process and reports the kernel's peak RSS above the process's RSS just
 * before the requests, and the V8 heap peak. With the default heap V8 collects late, so garbage of the
 * requests already done counts too; under a small heap limit (as a small container sets) only what is
 * alive at once counts, and there the unbounded process runs out of memory.
 * Run: `npx tsx bench/body-memory.ts`.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { reportFigures } from "./report";

const scenarios = [
  { name: "1 request", requests: 1, slots: 1 },
  { name: "8 at once, unbounded (8 slots)", requests: 8, slots: 8 },
  { name: "8 at once, the app's 2 slots", requests: 8, slots: 0 },
];
const runner = fileURLToPath(new URL("./body-memory-run.ts", import.meta.url));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0).padStart(6);

console.log("body-memory: maximum-size file saves (10 × 1 MiB as base64), read + parse + validate + decode");
for (const heapLimit of [null, 96]) {
  console.log(`\n${heapLimit ? `heap limit ${heapLimit} MB` : "default heap"}`);
  console.log(`${"scenario".padEnd(34)} peak RSS MB  vs 1 req  heap peak MB  time ms`);
  let base = NaN;
  for (const { name, requests, slots } of scenarios) {
    const flags = [...(heapLimit ? [`--max-old-space-size=${heapLimit}`] : []), "--conditions=react-server", ...process.execArgv];
    let out: string;
    try {
      out = execFileSync(process.execPath, [...flags, runner, String(requests), String(slots)], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      console.log(`${name.padEnd(34)} out of memory`);
      continue;
    }
    const { peakRss, heapPeak, ms } = JSON.parse(out.trim().split("\n").at(-1)!) as { peakRss: number; heapPeak: number; ms: number };
    if (Number.isNaN(base)) base = peakRss;
    console.log(`${name.padEnd(34)} ${mb(peakRss)}       ${(peakRss / base).toFixed(1).padStart(5)}×  ${mb(heapPeak)}        ${String(Math.round(ms)).padStart(6)}`);
    reportFigures([{ figure: `body-memory ${heapLimit ? `(heap ${heapLimit} MB)` : "(default heap)"}: ${name}, peak RSS`, unit: "MB", ours: peakRss / 1024 / 1024, baseline: base / 1024 / 1024, baselineName: "one request" }]);
  }
}
