import { describe, expect, it } from "vitest";
import { dedent } from "./source";

describe("dedent", () => {
  it("removes the common indentation and leading blank lines, keeping relative indentation", () => {
    expect(dedent("\n\n    def f():\n        return 1\n\n    f()\n")).toBe("def f():\n    return 1\n\nf()\n");
  });

  it("ignores blank and whitespace-only lines when finding the indentation", () => {
    expect(dedent("  a = 1\n\n \n  b = 2")).toBe("a = 1\n\n\nb = 2");
  });

  it("normalises Windows line endings", () => {
    expect(dedent("  x = 1\r\n  y = 2")).toBe("x = 1\ny = 2");
  });
});
