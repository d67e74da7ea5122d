import type { DomBridge, DomOperation } from "./dom-bridge";

/** What the worker sends: the operation, then the ids it released since its last request (or null). */
export type DomRequest = [op: DomOperation, id: number, key: unknown, args: unknown[] | null, released: number[] | null];

/** Growable SharedArrayBuffer and Atomics.waitAsync (ES2024; the project's TS lib is ES2023). */
type GrowableBuffer = SharedArrayBuffer & { grow(byteLength: number): void };
type GrowableConstructor = new (byteLength: number, options: { maxByteLength: number }) => GrowableBuffer;
type WaitAsync = (view: Int32Array, index: number, value: number) => { async: boolean; value: Promise<unknown> | string };

/**
 * Layout of the channel's buffer, shared by both ends: Int32 slots, then one JSON text at a time
 * (the request, then in its place the answer). `requested` holds the number of the worker's latest request
 * and `answered` the number of the latest answer: each side waits for the other's number to change to the one
 * it expects, so a wake-up that is not for it (a second notify, a late one) is only a wake-up, never read as
 * a request or an answer.
 */
export const CHANNEL = { answered: 0, answerLength: 1, requested: 2, requestLength: 3, textOffset: 16 } as const;

/** The request numbers: 1, 2, … and round again, never 0 (the buffer's first value). */
export function nextRequestNumber(previous: number): number {
  return previous >= 0x3fffffff ? 1 : previous + 1;
}

/** Makes room for `length` bytes of text; either end may grow the buffer, both see the new length. */
export function fitText(buffer: SharedArrayBuffer, length: number): void {
  const needed = CHANNEL.textOffset + length;
  if (needed > buffer.byteLength) (buffer as GrowableBuffer).grow(needed);
}

/** Copies the text out (TextDecoder refuses views of a SharedArrayBuffer) and parses it. */
export function readText(buffer: SharedArrayBuffer, length: number, decoder: TextDecoder): unknown {
  return JSON.parse(decoder.decode(new Uint8Array(buffer).slice(CHANNEL.textOffset, CHANNEL.textOffset + length)));
}

/**
 * The page end of the fast DOM channel, used when the page is cross-origin isolated. The worker writes a
 * request into a SharedArrayBuffer and blocks in Atomics.wait; the page wakes up through Atomics.waitAsync
 * (a plain task, no MessagePort hop), answers into the same buffer and notifies. coincident still carries
 * `sync`, exports and everything on non-isolated pages (sabayon).
 */
export function serveDomChannel(bridge: DomBridge): { buffer: SharedArrayBuffer; close(): void } {
  // Looked up here, not at module level: without isolation the global does not exist at all.
  const buffer = new (SharedArrayBuffer as unknown as GrowableConstructor)(64 * 1024, { maxByteLength: 64 * 1024 * 1024 });
  const slots = new Int32Array(buffer, 0, 4);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;
  let closed = false;
  let served = 0;
  const answerOf = (): string => {
    try {
      const [op, id, key, args, released] = readText(buffer, slots[CHANNEL.requestLength]!, decoder) as DomRequest;
      if (released) bridge.release(released);
      return JSON.stringify([0, bridge.call(op, id, key, args)]);
    } catch (error) {
      return JSON.stringify([1, error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
    }
  };
  const serve = (request: number): void => {
    served = request;
    const bytes = encoder.encode(answerOf());
    fitText(buffer, bytes.length);
    new Uint8Array(buffer).set(bytes, CHANNEL.textOffset);
    slots[CHANNEL.answerLength] = bytes.length;
    Atomics.store(slots, CHANNEL.answered, request);
    Atomics.notify(slots, CHANNEL.answered);
  };
  // Loops without recursion: a worker that asks again before the page waits is served in the same turn.
  const listen = (): void => {
    for (;;) {
      if (closed) return;
      const request = Atomics.load(slots, CHANNEL.requested);
      if (request !== served) {
        serve(request);
        continue;
      }
      const wait = waitAsync(slots, CHANNEL.requested, request);
      if (wait.async) return void (wait.value as Promise<unknown>).then(listen);
    }
  };
  listen();
  return {
    buffer,
    // A terminated worker never writes again: wake the pending wait ourselves so it ends, and with it
    // the last reference to the bridge.
    close() {
      closed = true;
      Atomics.notify(slots, CHANNEL.requested);
    },
  };
}
