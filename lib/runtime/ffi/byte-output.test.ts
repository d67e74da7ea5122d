import { describe, expect, it } from "vitest";
import { createByteOutput } from "./byte-output";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("createByteOutput", () => {
  it("emits whole lines, joining a character split across pushes", () => {
    const lines: string[] = [];
    const output = createByteOutput((line) => lines.push(line));
    const euro = bytes("€");
    output.push(bytes("a\nb"));
    output.push(euro.subarray(0, 1));
    output.push(euro.subarray(1));
    output.push(bytes("\n"));
    expect(lines).toEqual(["a", "b€"]);
  });

  it("after the switch to raw, hands over what it holds, unsplit, at each flush", () => {
    const lines: string[] = [];
    const raw: string[] = [];
    const output = createByteOutput((line) => lines.push(line));
    output.push(bytes("done\nhalf"));
    output.switchToRaw((text) => raw.push(text));
    output.push(bytes("\r\n>>> "));
    output.flush();
    output.flush();
    expect(lines).toEqual(["done"]);
    expect(raw).toEqual(["half\r\n>>> "]);
  });
});
