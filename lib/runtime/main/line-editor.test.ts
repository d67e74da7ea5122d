import { describe, expect, it } from "vitest";
import { createLineEditor } from "./line-editor";

function edit(...chunks: string[]) {
  let echoed = "";
  const lines: string[] = [];
  const feed = createLineEditor((text) => (echoed += text), (line) => lines.push(line));
  for (const chunk of chunks) feed(chunk);
  return { echoed, lines };
}

describe("createLineEditor", () => {
  it("echoes typed keys and ends the line on Enter, ignoring keys after it", () => {
    expect(edit("A", "d", "a", "\r", "x")).toEqual({ echoed: "Ada\r\n", lines: ["Ada"] });
  });

  it("removes one character per Backspace (a whole emoji too), never past the start", () => {
    expect(edit("\x7f", "ab😀", "\x7f", "\x7f", "c\r")).toEqual({ echoed: "ab😀\b \b\b \bc\r\n", lines: ["ac"] });
  });

  it("takes a pasted chunk as many keys and drops control keys other than Enter and Backspace", () => {
    expect(edit("one\x1b two\rthree")).toEqual({ echoed: "one two\r\n", lines: ["one two"] });
  });
});
