/**
 * One database's half of bench/preview-serving.ts (run that, not this): measures and prints JSON rows.
 * Started with `--conditions=react-server` so lib/server's `server-only` guard resolves to its empty module.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { examplesActor } from "../lib/server/projects/examples-owner";
import { createProject } from "../lib/server/projects/queries";
import { findPreviewFile } from "../lib/server/projects/preview-files";
import { stopPreviewSource } from "../lib/server/preview/lookup";
import { sendFile } from "../lib/server/preview/responses";
import { prepareServedFile } from "../lib/server/preview/served-file";
import { startPreviewServer } from "../test/support/preview/preview-server";
import type { PreviewServer } from "../test/support/preview/preview-server";
import { openTestDatabase } from "../test/support/test-databases";
import type { DatabaseKind } from "../test/support/test-databases";
import { benchShape } from "./preview-shape";
import type { BenchFigures, BenchRow, LoadResult, LoadSpec } from "./preview-shape";

const { connections, warmupMs, durationMs, rounds, fileBytes } = benchShape;
const file = Buffer.alloc(fileBytes, "console.log('preview bench');\n");

function load(port: number, host: string, path: string): Promise<LoadResult> {
  const spec: LoadSpec = { port, host, path, expectBytes: fileBytes, connections, warmupMs, durationMs: durationMs / rounds };
  const worker = new Worker(fileURLToPath(new URL("./preview-load.mjs", import.meta.url)), { workerData: spec });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: LoadResult) => void worker.terminate().then(() => resolve(result)));
    worker.once("error", reject);
  });
}

function figures(parts: LoadResult[]): BenchFigures {
  const latencies = parts.flatMap((part) => part.latenciesMs).sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors: parts.reduce((total, part) => total + part.errors, 0),
    seconds: parts.reduce((total, part) => total + part.seconds, 0),
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ port: number; close(): void }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => (server.closeAllConnections(), server.close()) };
}

async function measure(kind: DatabaseKind): Promise<BenchRow[]> {
  const database = await openTestDatabase(kind);
  let preview: PreviewServer | null = null;
  try {
    const { slug } = await createProject(await examplesActor(), {
      title: "Bench",
      files: [{ path: "app.js", content: file.toString("utf8"), encoding: "utf8" }],
    });
    preview = await startPreviewServer(database);
    const bare = await listen((_req, res) => {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "content-length": file.byteLength }).end(file);
    });
    // servePreview's own parts minus the cache: what a database round trip per request costs.
    const uncached = await listen((req, res) => {
      void findPreviewFile(slug, "app.js").then((found) => {
        if (!found?.file) return void res.writeHead(404).end();
        sendFile(req, res, prepareServedFile("app.js", found.file.content), found.isolated);
      });
    });
    const host = `${slug}.${preview.config.previewDomain}`;
    const targets = [
      { server: "bare node:http, bytes in memory", port: bare.port, host: "localhost" },
      { server: "servePreview (cached)", port: preview.port, host },
      { server: "servePreview parts, DB read per request", port: uncached.port, host },
    ];
    const results: LoadResult[][] = targets.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, target] of targets.entries()) results[i]?.push(await load(target.port, target.host, "/app.js"));
    }
    const rows = targets.map(({ server }, i) => ({ server, result: figures(results[i] ?? []) }));
    bare.close();
    uncached.close();
    return rows;
  } finally {
    await preview?.close();
    await stopPreviewSource();
    await database.close();
  }
}

const kind = process.argv.find((arg) => arg.startsWith("--db="))?.slice("--db=".length);
if (kind !== "pg" && kind !== "pglite") throw new Error("usage: --db=pg|pglite");
process.stdout.write(`${JSON.stringify(await measure(kind))}\n`);
process.exit(0);
