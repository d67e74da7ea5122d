/**
 * Every bench `npm run bench` runs, in order: a script under bench/ that reports its figures with
 * reportFigures (bench/report.ts). `args`: extra node flags (the server-side benches need react-server);
 * `needsPostgres`: skipped with a note when TEST_DATABASE_URL is unset. Adding a bench is one line here.
 */
export type BenchEntry = { script: string; args?: string[]; needsPostgres?: boolean };

export const benches: BenchEntry[] = [
  { script: "bench/boot.ts" },
  { script: "bench/worker-sync.ts" },
  { script: "bench/lazy-chunks.ts" },
  { script: "bench/editor-load.ts" },
  { script: "bench/save-run.ts" },
  { script: "bench/preview-serving.ts", needsPostgres: true },
  { script: "bench/body-memory.ts" },
  { script: "bench/embed-weight.ts" },
  { script: "bench/fork-cost.ts", args: ["--conditions=react-server"], needsPostgres: true },
  { script: "bench/load.ts" },
];
