import { describe, expect, it } from "vitest";
import { pythonTokens } from "./python-tokens";

const spans = (source: string) => pythonTokens(source).map((t) => [source.slice(t.from, t.to), t.kind]);

describe("pythonTokens", () => {
  it("colours keywords, strings, numbers and comments, and nothing else", () => {
    expect(spans(`import sys  # why\ndef f(x):\n    return "s" + f"{x}" + 12 if x else None\n`)).toEqual([
      ["import", "keyword"],
      ["# why", "comment"],
      ["def", "keyword"],
      ["return", "keyword"],
      ['"s"', "string"],
      ['f"{x}"', "string"],
      ["12", "number"],
      ["if", "keyword"],
      ["else", "keyword"],
      ["None", "keyword"],
    ]);
  });
});
