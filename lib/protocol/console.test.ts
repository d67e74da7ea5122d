import { describe, expect, it } from "vitest";
import { CHANNEL, readPreviewMessage } from "./console";

const preview = {} as Window;
const origin = "http://demo.preview.localhost:3000";
const event = (data: unknown, source: unknown = preview, from = origin) => ({ data, source, origin: from }) as MessageEvent;

describe("readPreviewMessage", () => {
  it("accepts a well-formed message from the preview frame at its origin", () => {
    const message = { type: "stdout", text: "hi" };
    expect(readPreviewMessage(event({ channel: CHANNEL, message }), preview, origin)).toEqual(message);
  });

  it("drops messages from another window, another origin, another channel, or of an unknown shape", () => {
    const message = { type: "stdout", text: "hi" };
    expect(readPreviewMessage(event({ channel: CHANNEL, message }, {}), preview, origin)).toBeNull();
    expect(readPreviewMessage(event({ channel: CHANNEL, message }, preview, "http://evil.test"), preview, origin)).toBeNull();
    expect(readPreviewMessage(event({ channel: "other", message }), preview, origin)).toBeNull();
    expect(readPreviewMessage(event({ channel: CHANNEL, message: { type: "stdout" } }), preview, origin)).toBeNull();
    expect(readPreviewMessage(event({ channel: CHANNEL, message }), null, origin)).toBeNull();
  });
});
