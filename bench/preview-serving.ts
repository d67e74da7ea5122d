/**
 * Preview serving throughput: one 20 KB project file from the preview origin (the real servePreview over a
 * real database, cache on; and the same parts reading the database per request) against a bare node:http
 * server sending the same bytes from memory. Loopback only, keep-alive, closed loop, load generated in a
 * worker thread. Run: `npx tsx bench/preview-serving.ts` (or `npm run bench:preview`); PostgreSQL comes
 * from TEST_DATABASE_URL (a throw-away database is created), PGlite from a temp folder. Each database
 * runs in its own process because the app holds one database per process.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { benchShape } from "./preview-shape";
import type { BenchRow } from "./preview-shape";
import { reportFigures } from "./report";

const { connections, warmupMs, durationMs, rounds, fileBytes } = benchShape;
const runner = fileURLToPath(new URL("./preview-serving-run.ts", import.meta.url));
const columns = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(i === 0 ? 7 : 40) : cell.padStart(8))).join(" ");

console.log(
  `preview-serving: one ${fileBytes / 1024} KB file, ${connections} keep-alive connections, ` +
    `${durationMs / 1000} s per server in ${rounds} alternating rounds (${warmupMs} ms warm-up each), loopback`,
);
console.log(columns(["db", "server", "req/s", "p50 ms", "p99 ms", "vs bare", "errors"]));
for (const kind of ["pg", "pglite"]) {
  const out = execFileSync(process.execPath, ["--conditions=react-server", ...process.execArgv, runner, `--db=${kind}`], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const rows = JSON.parse(out.trim().split("\n").at(-1) ?? "[]") as BenchRow[];
  const base = rows[0] ? rows[0].result.requests / rows[0].result.seconds : NaN;
  reportFigures(
    rows.slice(1).map(({ server, result }) => ({
      figure: `preview-serving ${kind}: ${server}`,
      unit: "req/s",
      ours: Math.round(result.requests / result.seconds),
      baseline: Math.round(base),
      baselineName: rows[0]!.server,
      ...(server.includes("(cached)") && { goal: { kind: "ratio-min", value: 0.9 } }),
    })),
  );
  for (const { server, result } of rows) {
    const rps = result.requests / result.seconds;
    console.log(
      columns([
        kind,
        server,
        rps.toFixed(0),
        result.p50Ms.toFixed(2),
        result.p99Ms.toFixed(2),
        `${(rps / base).toFixed(2)}x`,
        String(result.errors),
      ]),
    );
  }
}
