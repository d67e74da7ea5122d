/**
 * The fast channel behind `window`/`document` in a worker on a cross-origin isolated page: the layout both
 * ends share (lib/runtime/main/workers/dom-channel.ts serves it, lib/runtime/worker/dom-channel.ts calls it).
 */

/** The operations of the page's dom-bridge (lib/runtime/main/workers/dom-bridge.ts). */
export type DomOperation = "get" | "set" | "del" | "has" | "apply" | "new" | "len" | "iter" | "str" | "gather";

/** What the worker sends: the operation, then the ids it released since its last request (or null). */
export type DomRequest = [op: DomOperation, id: number, key: unknown, args: unknown[] | null, released: number[] | null];

/** Growable SharedArrayBuffer (ES2024; the project's TS lib is ES2023). */
type GrowableBuffer = SharedArrayBuffer & { grow(byteLength: number): void };

/**
 * Layout of the channel's buffer, shared by both ends: Int32 slots, then one JSON text at a time
 * (the request, then in its place the answer). `requested` holds the number of the worker's latest request
 * and `answered` the number of the latest answer: each side waits for the other's number to change to the one
 * it expects, so a wake-up that is not for it (a second notify, a late one) is only a wake-up, never read as
 * a request or an answer.
 */
export const CHANNEL = { answered: 0, answerLength: 1, requested: 2, requestLength: 3, textOffset: 16 } as const;

/** The buffer starts small and grows with the largest text it carried, up to `max`. */
export const CHANNEL_BYTES = { initial: 64 * 1024, max: 64 * 1024 * 1024 } as const;

/** The request numbers: 1, 2, … and round again, never 0 (the buffer's first value). */
export function nextRequestNumber(previous: number): number {
  return previous >= 0x3fffffff ? 1 : previous + 1;
}

/**
 * Makes room for `length` bytes of text; either end may grow the buffer, both see the new length. Text past
 * the buffer's limit is a RangeError that says so.
 */
export function fitText(buffer: SharedArrayBuffer, length: number): void {
  const needed = CHANNEL.textOffset + length;
  if (needed > CHANNEL_BYTES.max) {
    throw new RangeError(`${length} bytes of JSON: more than one call between a worker and its page carries (${CHANNEL_BYTES.max - CHANNEL.textOffset} bytes)`);
  }
  if (needed > buffer.byteLength) (buffer as GrowableBuffer).grow(needed);
}

/** Copies the text out (TextDecoder refuses views of a SharedArrayBuffer) and parses it. */
export function readText(buffer: SharedArrayBuffer, length: number, decoder: TextDecoder): unknown {
  return JSON.parse(decoder.decode(new Uint8Array(buffer).slice(CHANNEL.textOffset, CHANNEL.textOffset + length)));
}
