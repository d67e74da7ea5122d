import { CHANNEL, CHANNEL_BYTES, fitText, readText, type DomRequest } from "../../../protocol/dom-channel";
import type { DomBridge } from "./dom-bridge";

/** Growable SharedArrayBuffer and Atomics.waitAsync (ES2024; the project's TS lib is ES2023). */
type GrowableConstructor = new (byteLength: number, options: { maxByteLength: number }) => SharedArrayBuffer;
type WaitAsync = (view: Int32Array, index: number, value: number) => { async: boolean; value: Promise<unknown> | string };

/**
 * The page end of the fast DOM channel, used when the page is cross-origin isolated. The worker writes a
 * request into a SharedArrayBuffer and blocks in Atomics.wait; the page wakes up through Atomics.waitAsync
 * (a plain task, no MessagePort hop), answers into the same buffer and notifies. coincident still carries
 * `sync`, exports and everything on non-isolated pages (sabayon).
 */
export function serveDomChannel(bridge: DomBridge): { buffer: SharedArrayBuffer; close(): void } {
  // Looked up here, not at module level: without isolation the global does not exist at all.
  const buffer = new (SharedArrayBuffer as unknown as GrowableConstructor)(CHANNEL_BYTES.initial, { maxByteLength: CHANNEL_BYTES.max });
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
      return failureAnswer(error);
    }
  };
  const write = (answer: string): void => {
    const bytes = encoder.encode(answer);
    fitText(buffer, bytes.length);
    new Uint8Array(buffer).set(bytes, CHANNEL.textOffset);
    slots[CHANNEL.answerLength] = bytes.length;
  };
  // Every request gets an answer, an error at worst: a worker left without one would wait forever, and a
  // throw here would end the loop below, leaving every later request of the worker unanswered too.
  const serve = (request: number): void => {
    served = request;
    try {
      write(answerOf());
    } catch (error) {
      // Too large for the buffer: the short answer saying so always fits.
      write(failureAnswer(error));
    }
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

/** The error answer Python raises in the worker: the JS error's name and message, whatever was thrown. */
function failureAnswer(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    // String() of an object without a prototype (or with a throwing toString) throws in its turn.
    text = "Error: the page threw a value that has no text";
  }
  return JSON.stringify([1, text]);
}
