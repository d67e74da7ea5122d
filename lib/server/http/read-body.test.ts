import { describe, expect, it } from "vitest";
import { z } from "zod";
import { limits } from "../../config";
import { AppError } from "../../errors";
import { createBodySlots } from "./body-slots";
import { errorResponse } from "./error-response";
import { parseRequest } from "./parse-request";
import { withBodyText } from "./read-body";

/** A body that arrives in 64 KiB pieces as the reader asks for them, and counts what it gave. */
function streamedBody(parts: Iterable<string>): { stream: ReadableStream<Uint8Array>; sent(): number } {
  const iterator = parts[Symbol.iterator]();
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) return controller.close();
      const bytes = new TextEncoder().encode(next.value);
      sent += bytes.byteLength;
      controller.enqueue(bytes);
    },
  }, { highWaterMark: 0 });
  return { stream, sent: () => sent };
}

function* endlessFile(prefix: string): Generator<string> {
  yield prefix;
  for (;;) yield "x".repeat(64 * 1024);
}

const put = (body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/projects/p/files", {
    method: "PUT",
    body,
    duplex: "half",
    headers: { "content-type": "application/json", ...headers },
  } as RequestInit);

const anyBody = z.unknown();
const owner = "user:u1";

/** What `promise` has settled to by the event loop's next turn, before any timer can fire: its error, "granted" or "pending". */
function settledNow(promise: Promise<unknown>): Promise<unknown> {
  const next = new Promise((resolve) => setImmediate(() => resolve("pending")));
  return Promise.race([promise.then(() => "granted", (error: unknown) => error), next]);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("reading a request body", () => {
  it("refuses an oversized file while it arrives, not after the whole body", async () => {
    const body = streamedBody(endlessFile(`{"revision":1,"files":[{"path":"a.txt","content":"`));
    const error = await refusal(parseRequest(put(body.stream), owner, anyBody));
    expect(error.code).toBe("payload_too_large");
    expect(error.message).toContain(`larger than ${limits.fileBytes} bytes`);
    expect(body.sent()).toBeLessThan(2 * limits.fileBytes);
  });

  it("refuses one file too many while the list arrives", async () => {
    function* files(): Generator<string> {
      yield `{"revision":1,"files":[`;
      for (let i = 0; ; i++) yield `${i ? "," : ""}{"path":"f${i}.txt","content":""}`;
    }
    const body = streamedBody(files());
    const error = await refusal(parseRequest(put(body.stream), owner, anyBody));
    expect(error.message).toBe(`A project has at most ${limits.projectFiles} files.`);
    expect(body.sent()).toBeLessThan(limits.projectFiles * 40);
  });

  it("reads large bodies a few at a time: a third waits until one of two slots is free", async () => {
    const slots = createBodySlots({ slots: 2, perOwner: 2, maxWaitMs: 30_000, maxWaiting: 8 });
    const gates = [0, 1, 2].map(() => {
      let open = () => {};
      const opened = new Promise<void>((resolve) => (open = resolve));
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await opened;
          controller.enqueue(new TextEncoder().encode("{}"));
          controller.close();
        },
      });
      return { open, stream, pulled: false };
    });
    const reads = gates.map((gate) =>
      withBodyText(new Request("http://localhost/", { method: "PUT", body: gate.stream, duplex: "half" } as RequestInit), `user:${gates.indexOf(gate)}`, (text) => {
        gate.pulled = true;
        return text;
      }, slots),
    );
    gates[2]!.open();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gates[2]!.pulled).toBe(false);
    gates[0]!.open();
    await expect(reads[2]).resolves.toBe("{}");
    gates[1]!.open();
    expect(await Promise.all(reads)).toEqual(["{}", "{}", "{}"]);
  });
});

describe("body slots", () => {
  it("answer 503 with Retry-After when the wait is over, or at once when too many wait", async () => {
    const slots = createBodySlots({ slots: 1, perOwner: 1, maxWaitMs: 50, maxWaiting: 1 });
    const release = await slots.acquire("b");
    const queued = refusal(slots.acquire("c"));
    const overflow = await refusal(slots.acquire("d"));
    expect(overflow.status).toBe(503);
    const timedOut = await queued;
    expect(timedOut.code).toBe("service_unavailable");
    const response = errorResponse(timedOut);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("1");
    release();
    release(); // a second release of the same turn frees nothing more
    const next = await slots.acquire("e");
    expect((await refusal(slots.acquire("a"))).status).toBe(503);
    next();
  });

  it("refuse a body past its owner's share with 429 at once, so one account cannot fill the queue others wait in", async () => {
    const slots = createBodySlots({ slots: 1, perOwner: 1, maxWaitMs: 30_000, maxWaiting: 2 });
    const held = await slots.acquire("x");
    const overShare = { status: 429, message: "You may send 1 large request(s) at a time; wait until yours finish." };
    expect(await settledNow(slots.acquire("x"))).toMatchObject(overShare);
    expect(await settledNow(slots.acquire("x"))).toMatchObject(overShare);
    // The queue is still free for someone else; a body they wait for counts in their share too.
    const other = slots.acquire("y");
    expect(await settledNow(slots.acquire("y"))).toMatchObject(overShare);
    expect(await settledNow(other)).toBe("pending");
    held();
    (await other)();
    // Once its body is done, the owner's share is whole again.
    (await slots.acquire("x"))();
  });
});
