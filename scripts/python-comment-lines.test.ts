import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startModules, workerOnlyModules } from "../lib/runtime/python/manifest";
import { withoutCommentLines } from "./python-comment-lines.mjs";

describe("withoutCommentLines", () => {
  it("empties comment-only lines and keeps code, inline comments and the line count", () => {
    const source = 'import sys\n# why this is so\n    # indented\nx = 1  # inline\n';
    expect(withoutCommentLines(source, "m.py")).toBe("import sys\n\n\nx = 1  # inline\n");
  });

  it("keeps lines inside triple-quoted strings, docstrings and data alike", () => {
    const source = 'def f():\n    """Doc.\n\n    # not a comment\n    """\n    return \'\'\'\n# data\n\'\'\'\n# gone\n';
    expect(withoutCommentLines(source, "m.py")).toBe('def f():\n    """Doc.\n\n    # not a comment\n    """\n    return \'\'\'\n# data\n\'\'\'\n\n');
  });

  it("refuses a source whose triple quotes do not pair up instead of guessing", () => {
    expect(() => withoutCommentLines("s = '\"\"\"'\n# a comment\n", "odd.py")).toThrow('odd.py: a """ string never ends');
  });

  it("reads every module embedded in the bundles and leaves each line where it was", () => {
    for (const path of [...startModules, ...workerOnlyModules]) {
      const source = readFileSync(`lib/runtime/python/${path}`, "utf8");
      const stripped = withoutCommentLines(source, path);
      expect(stripped.split("\n").length, path).toBe(source.split("\n").length);
      expect(stripped.split("\n").filter((line, index) => line !== source.split("\n")[index]).every((line) => line === ""), path).toBe(true);
    }
  });
});
