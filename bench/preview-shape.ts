/**
 * The one shape of the preview-serving bench, shared by the printer and the per-database runner. Each server
 * gets `durationMs` in total, split over `rounds` that alternate between the servers, so a burst of other
 * work on the machine lands on all of them alike.
 */
export const benchShape = { connections: 32, warmupMs: 500, durationMs: 5000, rounds: 2, fileBytes: 20 * 1024 } as const;

export type BenchRow = { server: string; result: BenchFigures };

export type LoadSpec = {
  port: number;
  host: string;
  path: string;
  expectBytes: number;
  connections: number;
  warmupMs: number;
  durationMs: number;
};
/** What the load worker reports for one run: every successful request's latency. */
export type LoadResult = { latenciesMs: number[]; errors: number; seconds: number };
export type BenchFigures = { requests: number; errors: number; seconds: number; p50Ms: number; p99Ms: number };
