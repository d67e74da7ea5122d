import { describe, expect, it } from "vitest";
import { unportablePathProblem } from "./file-path-rules";

describe("unportablePathProblem", () => {
  it.each(["main.py", "lib/console.py", "connect.py", "com10.txt", "auxiliary/a.py", "café/naïve.py", "日本語.py", "a…b.txt"])(
    "lets %j through",
    (path) => expect(unportablePathProblem(path)).toBeNull(),
  );

  it.each([
    ["C:/Windows/win.ini", "drive letter"],
    ["c:evil.py", "drive letter"],
    ["CON", "device"],
    ["lib/nul.txt", "device"],
    ["com1/main.py", "device"],
    ["LPT9.log", "device"],
    ["aux .py", "device"],
    ["evil\u202etxt.py", "bidirectional"],
    ["\uff0e\uff0e/escape.py", "look-alikes"],
    ["\u2025/escape.py", "look-alikes"],
    ["lib\uff0f..\uff0fescape.py", "look-alikes"],
    ["lib\uff3cescape.py", "look-alikes"],
  ])("refuses %j (%s)", (path, kind) => {
    expect(unportablePathProblem(path)).toContain(kind);
  });
});
