import { Agent, request } from "node:http";
import { parentPort, workerData } from "node:worker_threads";

/**
 * The load generator of bench/preview-serving.ts, in a worker thread so it gets its own core instead of
 * competing with the server's event loop. Plain JavaScript: worker threads do not inherit tsx's loader on Node 20.
 * Closed loop: each of `connections` keep-alive sockets sends the
 * next request as soon as the previous answer is read in full.
 */
/** @param {import("./preview-shape").LoadSpec} spec @returns {Promise<import("./preview-shape").LoadResult>} */
async function run(spec) {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections });
  /** @type {number[]} */
  const latencies = [];
  let errors = 0;
  const start = performance.now();
  const measureFrom = start + spec.warmupMs;
  const end = measureFrom + spec.durationMs;

  const once = () =>
    new Promise((resolve) => {
      const sent = performance.now();
      const req = request({ agent, port: spec.port, host: "127.0.0.1", path: spec.path, headers: { host: spec.host } }, (res) => {
        let size = 0;
        res.on("data", (chunk) => (size += chunk.byteLength));
        res.on("end", () => {
          const done = performance.now();
          if (sent >= measureFrom && done <= end) {
            // Anything but the whole file counts as an error, so a fast wrong answer cannot win.
            if (res.statusCode === 200 && size === spec.expectBytes) latencies.push(done - sent);
            else errors += 1;
          }
          resolve(undefined);
        });
      });
      req.on("error", () => {
        errors += 1;
        resolve(undefined);
      });
      req.end();
    });

  const loop = async () => {
    while (performance.now() < end) await once();
  };
  await Promise.all(Array.from({ length: spec.connections }, loop));
  agent.destroy();
  return { latenciesMs: latencies, errors, seconds: spec.durationMs / 1000 };
}

if (parentPort) {
  const port = parentPort;
  void run(workerData).then((result) => port.postMessage(result));
}
