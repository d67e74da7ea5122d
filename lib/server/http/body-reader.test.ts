import { describe, expect, it } from "vitest";
import { AppError } from "../../errors";
import { readCapped } from "./body-reader";

/** A client's upload: `chunk` bytes every `everyMs`, `chunks` times (for ever when null), and whether the server hung up on it. */
function upload({ chunk, everyMs, chunks }: { chunk: number; everyMs: number; chunks: number | null }) {
  let sent = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (chunks !== null && sent === chunks) return controller.close();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
      sent += 1;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, cancelled: () => cancelled };
}

/** One that sends `first` bytes at once and then nothing, for ever. */
function stallingUpload(first: number) {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new Uint8Array(first));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const pace = { idleMs: 300, minBytesPerSecond: 1000 };
const ignore = () => {};

describe("reading a body within its deadlines", () => {
  it("cuts a body that stops arriving with 408 at the idle deadline, however fast it came before", async () => {
    // 64 KiB at once buys over a minute at the minimum rate: only the idle deadline can end this one soon.
    const client = stallingUpload(64 * 1024);
    const error = await refusal(readCapped(client.stream, 1024 * 1024, ignore, { pace }));
    expect(error.status).toBe(408);
    expect(error.message).toBe("The request body stopped arriving: nothing came for 0.3 seconds.");
    expect(client.cancelled()).toBe(true);
  }, 10_000);

  it("cuts a trickle that is never idle with 408 once it falls the idle deadline behind the minimum rate", async () => {
    const client = upload({ chunk: 1, everyMs: 50, chunks: null });
    const error = await refusal(readCapped(client.stream, 1024 * 1024, ignore, { pace }));
    expect(error.status).toBe(408);
    expect(error.message).toBe("The request body is arriving too slowly: under 1000 bytes per second.");
    expect(client.cancelled()).toBe(true);
  }, 10_000);

  it("reads to its end a body that keeps above the minimum rate for longer than the idle deadline", async () => {
    // 4,000 bytes a second for a second: more than three idle deadlines long in all.
    const client = upload({ chunk: 200, everyMs: 50, chunks: 20 });
    const chunks: number[] = [];
    expect(await readCapped(client.stream, 1024 * 1024, (chunk) => chunks.push(chunk.byteLength), { pace })).toBe(4000);
    expect(chunks).toEqual(Array(20).fill(200));
  });

  it("refuses with 413 the chunk that passes the cap, naming what was sent, and hands on none of it", async () => {
    const client = upload({ chunk: 4, everyMs: 0, chunks: null });
    let handed = 0;
    const error = await refusal(readCapped(client.stream, 10, (chunk) => (handed += chunk.byteLength), { subject: "zip file", pace }));
    expect(error.status).toBe(413);
    expect(error.message).toBe("The zip file is larger than 10 bytes.");
    expect(handed).toBe(8);
    expect(client.cancelled()).toBe(true);
  });

  it("answers 400, not a 500 logged as our bug, when the client hangs up in the middle of the body", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(10));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const error = await refusal(readCapped(stream, 1024, ignore, { pace }));
    expect(error.status).toBe(400);
    expect(error.message).toBe("The request body was cut off before its end.");
  });
});
