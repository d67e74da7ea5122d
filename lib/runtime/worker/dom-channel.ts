import type { DomOperation } from "../main/workers/dom-bridge";
import { ANSWER_OFFSET } from "../main/workers/dom-channel";

/** The worker end of main/workers/dom-channel.ts: one blocking call per Python operation on the page. */
export function connectDomChannel(port: MessagePort, buffer: SharedArrayBuffer) {
  const flags = new Int32Array(buffer, 0, 2);
  const decoder = new TextDecoder();
  return (op: DomOperation, id: number, key: unknown, args: unknown[] | null): unknown => {
    Atomics.store(flags, 0, 0);
    port.postMessage([op, id, key ?? null, args ?? null]);
    Atomics.wait(flags, 0, 0);
    // TextDecoder refuses views of a SharedArrayBuffer: copy the answer out first.
    const text = decoder.decode(new Uint8Array(buffer).slice(ANSWER_OFFSET, ANSWER_OFFSET + flags[1]!));
    const [failed, value] = JSON.parse(text) as [0 | 1, unknown];
    if (failed) throw new Error(String(value));
    return value;
  };
}
