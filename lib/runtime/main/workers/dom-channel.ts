import type { DomBridge, DomOperation } from "./dom-bridge";

/** What the worker sends: the operation, then the ids it released since its last request (or null). */
export type DomRequest = [op: DomOperation, id: number, key: unknown, args: unknown[] | null, released: number[] | null];

/** Growable SharedArrayBuffer and Atomics.waitAsync (ES2024; the project's TS lib is ES2023). */
type GrowableBuffer = SharedArrayBuffer & { grow(byteLength: number): void };
type GrowableConstructor = new (byteLength: number, options: { maxByteLength: number }) => GrowableBuffer;
type WaitAsync = (view: Int32Array, index: number, value: number) => { async: boolean; value: Promise<unknown> | string };

/**
 * Layout of the channel's buffer, shared by both ends: Int32 slots, then one JSON text at a time
 * (the request, then in its place the answer).
 */
export const CHANNEL = { answered: 0, answerLength: 1, requested: 2, requestLength: 3, textOffset: 16 } as const;

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
  const serve = (): void => {
    if (closed) return;
    const [op, id, key, args, released] = readText(buffer, slots[CHANNEL.requestLength]!, decoder) as DomRequest;
    Atomics.store(slots, CHANNEL.requested, 0);
    if (released) bridge.release(released);
    let answer: string;
    try {
      answer = JSON.stringify([0, bridge.call(op, id, key, args)]);
    } catch (error) {
      answer = JSON.stringify([1, error instanceof Error ? `${error.name}: ${error.message}` : String(error)]);
    }
    const bytes = encoder.encode(answer);
    fitText(buffer, bytes.length);
    new Uint8Array(buffer).set(bytes, CHANNEL.textOffset);
    slots[CHANNEL.answerLength] = bytes.length;
    Atomics.store(slots, CHANNEL.answered, 1);
    Atomics.notify(slots, CHANNEL.answered);
    listen();
  };
  const listen = (): void => {
    const wait = waitAsync(slots, CHANNEL.requested, 0);
    if (wait.async) void (wait.value as Promise<unknown>).then(serve);
    else serve();
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
