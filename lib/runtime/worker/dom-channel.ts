import { CHANNEL, fitText, nextRequestNumber, readText, type DomRequest } from "../../protocol/dom-channel";

/** The worker end of the fast DOM channel (lib/protocol/dom-channel.ts): one blocking call per Python operation on the page. */
export function connectDomChannel(buffer: SharedArrayBuffer): (...request: DomRequest) => unknown {
  const slots = new Int32Array(buffer, 0, 4);
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  let number = 0;
  return (...request) => {
    number = nextRequestNumber(number);
    const bytes = encoder.encode(JSON.stringify(request));
    fitText(buffer, bytes.length);
    new Uint8Array(buffer).set(bytes, CHANNEL.textOffset);
    slots[CHANNEL.requestLength] = bytes.length;
    Atomics.store(slots, CHANNEL.requested, number);
    Atomics.notify(slots, CHANNEL.requested);
    // Until the page has answered this very request (see CHANNEL).
    for (let answered = Atomics.load(slots, CHANNEL.answered); answered !== number; answered = Atomics.load(slots, CHANNEL.answered)) {
      Atomics.wait(slots, CHANNEL.answered, answered);
    }
    const [failed, value] = readText(buffer, slots[CHANNEL.answerLength]!, decoder) as [0 | 1, unknown];
    if (failed) throw pageError(String(value));
    return value;
  };
}

/** The page's exception, sent as "Name: message", as an Error of that name (a DOMException's SyntaxError…). */
function pageError(text: string): Error {
  const colon = text.indexOf(": ");
  const error = new Error(colon < 0 ? text : text.slice(colon + 2));
  if (colon > 0) error.name = text.slice(0, colon);
  return error;
}
