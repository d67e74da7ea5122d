// One scenario of bench/body-memory.ts in a fresh process: argv = number of requests, slots (0: the app's).
import { readFileSync, writeFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { replaceFilesBody } from "../app/api/projects/[id]/files/schemas";
import { limits } from "../lib/config";
import { createBodySlots } from "../lib/server/http/body-slots";
import { largeBodySlots, withBodyText } from "../lib/server/http/read-body";
import { decodeFiles } from "../lib/server/projects/file-content";

const [requests, slotCount] = process.argv.slice(2).map(Number) as [number, number];
const slots = slotCount === 0 ? largeBodySlots : createBodySlots({ slots: slotCount, perOwner: slotCount, maxWaitMs: 60_000, maxWaiting: 64 });

const files = Array.from({ length: limits.projectBytes / limits.fileBytes }, (_, i) => ({
  path: `data/file-${i}.bin`,
  content: Buffer.alloc(limits.fileBytes, i + 1).toString("base64"),
  encoding: "base64",
}));
const body = Buffer.from(JSON.stringify({ revision: 1, files }));

function request(): Request {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= body.byteLength) return controller.close();
      controller.enqueue(body.subarray(at, (at += 64 * 1024)));
    },
  });
  return new Request("http://localhost/api/projects/p/files", {
    method: "PUT",
    body: stream,
    duplex: "half",
    headers: { "content-type": "application/json", "content-length": String(body.byteLength) },
  } as RequestInit);
}

// As parseRequest does (JSON, then the schema), then the decoding that the files query does first.
// Only the count is kept, as a route keeps nothing once it has written.
// Each request is another user's, as concurrent saves of many people are.
const save = (req: Request, user: number) =>
  withBodyText(req, `user:${user}`, (text) => replaceFilesBody.parse(JSON.parse(text)), slots).then((parsed) => decodeFiles(parsed.files).length);

const rssBytes = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync("/proc/self/status", "utf8"))?.[1]) * 1024;
global.gc?.();
// Writing 5 to clear_refs resets the kernel's peak-RSS mark (VmHWM) to the current RSS.
writeFileSync("/proc/self/clear_refs", "5");
const before = rssBytes("VmRSS");
let heapPeak = 0;
const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size)), 1);
const started = performance.now();
const counts = await Promise.all(Array.from({ length: requests }, (_, user) => save(request(), user)));
const ms = performance.now() - started;
clearInterval(sampler);
heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size);
if (counts.some((count) => count !== files.length)) throw new Error("a save lost files");
console.log(JSON.stringify({ peakRss: rssBytes("VmHWM") - before, heapPeak, ms }));
