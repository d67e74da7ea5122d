/**
 * Load on the built app over loopback, 60 s in all (LOAD_SECONDS): a cached preview file, the editor page,
 * and the save API with writers that conflict (each connection is one writer of one shared project, saving
 * the shared file from the revision it last saw: accepted, or 409 and it catches up). Prints requests/s,
 * p50/p99 and errors for each beside the goal: 0 errors, p99 < 50 ms for the preview file on 2 cores.
 * Run after a build: `npm run bench:load` (starts dist/server.mjs on PGlite, or on DATABASE_URL if set).
 */
import { reportFigures } from "./report";
import autocannon from "autocannon";
import type { Request as CannonRequest } from "autocannon";
import { AppClient } from "../test/support/app-client";
import { freePort, startAppProcess } from "../test/support/app-process";

const totalSeconds = Number(process.env.LOAD_SECONDS ?? 60);
const connections = 10;
const goalP99Ms = 50;

/** What autocannon keeps per connection: here, the revision a writer last saw. */
type Context = { revision?: number };
type LoadRequest = {
  method: "GET" | "PATCH";
  path: string;
  setupRequest?: (request: CannonRequest, context: Context) => CannonRequest;
  onResponse?: (status: number, body: string, context: Context) => void;
};
/**
 * `informational`: the answer starts with a 1xx (the editor page's 103 Early Hint), which autocannon counts as
 * a response of its own, pairing each later 200 with the wrong request; such a target is loaded with fetch,
 * which reads a 1xx as HTTP says.
 */
type Target = { name: string; requests: LoadRequest[]; headers: Record<string, string>; accepted: (status: number) => boolean; informational?: boolean };
type Row = { name: string; rps: number; p50: number; p99: number; errors: number; total: number };

async function runWithFetch(port: number, target: Target, seconds: number): Promise<Row> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  const { method, path } = target.requests[0]!;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const start = performance.now();
        try {
          const response = await fetch(`http://127.0.0.1:${port}${path}`, { method, headers: target.headers });
          await response.arrayBuffer();
          if (!target.accepted(response.status)) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0);
  return { name: target.name, rps: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors, total: latencies.length };
}

async function run(port: number, target: Target, seconds: number): Promise<Row> {
  if (target.informational) return runWithFetch(port, target, seconds);
  const unexpected = { count: 0 };
  const requests: CannonRequest[] = target.requests.map(({ setupRequest, onResponse, ...request }) => ({
    ...request,
    ...(setupRequest ? { setupRequest: (outgoing: CannonRequest, context: object) => setupRequest(outgoing, context as Context) } : {}),
    onResponse: (status: number, body: string, context: object) => {
      if (!target.accepted(status)) unexpected.count += 1;
      onResponse?.(status, body, context as Context);
    },
  }));
  const result = await autocannon({ url: `http://127.0.0.1:${port}`, connections, duration: seconds, headers: target.headers, requests });
  const errors = result.errors + result.timeouts + unexpected.count;
  return { name: target.name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors, total: result.requests.total };
}

async function main(): Promise<void> {
  const app = await startAppProcess({ port: await freePort(), databaseUrl: process.env.DATABASE_URL, env: { SIGN_UP_LIMIT: "1000/60" } });
  try {
    const { client } = await AppClient.signUp(app);
    const project = await client.createProject("Load", [
      { path: "index.html", content: "<script type=\"py\" src=\"main.py\"></script>" },
      { path: "main.py", content: `print("hello")\n${"# padding\n".repeat(2000)}` },
      { path: "shared.py", content: "value = 0" },
    ], "public");
    const headers = client.headers();
    const savePath = `/api/projects/${project.id}/files`;
    const targets: Target[] = [
      {
        name: "preview file (cached)",
        headers: { host: new URL(app.previewOrigin(project.slug)).host },
        requests: [{ method: "GET", path: "/main.py" }],
        accepted: (status) => status === 200,
      },
      { name: "editor page", headers, requests: [{ method: "GET", path: `/p/${project.slug}` }], accepted: (status) => status === 200, informational: true },
      {
        name: "save API, conflicting writers",
        headers: { ...headers, "content-type": "application/json" },
        requests: [
          {
            method: "PATCH",
            path: savePath,
            setupRequest: (request, context) => {
              const base = context.revision ?? project.revision;
              const body = { baseRevision: base, upserts: [{ path: "shared.py", content: `value = ${Math.random()}` }], deletes: [] };
              return { ...request, body: JSON.stringify(body) };
            },
            onResponse: (status, body, context) => {
              const answer = JSON.parse(body) as { revision?: number; error?: { revision?: number } };
              context.revision = status === 200 ? answer.revision : answer.error?.revision;
            },
          },
        ],
        accepted: (status) => status === 200 || status === 409,
      },
    ];
    const rows = [];
    for (const target of targets) rows.push(await run(app.port, target, Math.round(totalSeconds / targets.length)));

    console.log(`load: ${connections} connections per target, ${Math.round(totalSeconds / targets.length)} s each, loopback, ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
    console.log(["target".padEnd(32), "req/s", "p50 ms", "p99 ms", "errors"].map((c, i) => (i ? c.padStart(8) : c)).join(" "));
    for (const row of rows) {
      const cells = [row.name.padEnd(32), row.rps.toFixed(0), String(row.p50), String(row.p99), String(row.errors)];
      console.log(cells.map((c, i) => (i ? c.padStart(8) : c)).join(" "));
    }
    const preview = rows[0]!;
    const met = preview.errors === 0 && rows.every((row) => row.errors === 0) && preview.p99 < goalP99Ms;
    console.log(`goal: 0 errors everywhere, preview p99 < ${goalP99Ms} ms on 2 cores: ${met ? "met" : "not met"} (preview p99 ${preview.p99} ms)`);
    reportFigures([
      { figure: "load: preview file p99", ours: preview.p99, unit: "ms", goal: { kind: "max", value: goalP99Ms } },
      ...rows.map((row) => ({ figure: `load: ${row.name}, errors`, ours: row.errors, unit: "rows" as const, goal: { kind: "max" as const, value: 0 } })),
      ...rows.slice(1).map((row) => ({ figure: `load: ${row.name} p99`, ours: row.p99, unit: "ms" as const })),
    ]);
  } finally {
    await app.kill();
  }
}

await main();
