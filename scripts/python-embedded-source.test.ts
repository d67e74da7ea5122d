import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { startModules, workerOnlyModules } from "../lib/runtime/python/manifest";
import { withoutCommentLines, withoutDocstrings } from "./python-embedded-source.mjs";

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

describe("withoutDocstrings", () => {
  it("reduces module, class and function docstrings to an empty string and keeps every line where it was", () => {
    const source = [
      '"""The module.',
      "",
      'Its second paragraph."""',
      "import sys",
      "",
      "class Box:",
      "    '''A box.'''",
      "",
      "    def open(",
      "        self,",
      "        lid=(1, 2),",
      "    ) -> None:  # a comment",
      '        """Opens it."""',
      "        return None",
      "",
      "def only():",
      '    """Nothing but this.',
      '    """',
      "",
    ].join("\n");
    const expected = [
      '""', "", "", "import sys", "", "class Box:", '    ""', "", "    def open(", "        self,", "        lid=(1, 2),",
      "    ) -> None:  # a comment", '        ""', "        return None", "", "def only():", '    ""', "", "",
    ].join("\n");
    expect(withoutDocstrings(source)).toBe(expected);
  });

  it("leaves strings that are not docstrings: data, one-line bodies, text after the closing quotes, prefixes", () => {
    const source = [
      "import sys",
      '"""not first: data"""',
      "def f(): return 1",
      '"""after a one-line def"""',
      "if sys:",
      '    """inside an if"""',
      "def g():",
      '    """doc""" + "more"',
      "def h():",
      '    r"""raw"""',
      "x = '''",
      '"""',
      "'''",
    ].join("\n");
    expect(withoutDocstrings(source)).toBe(source);
  });

  it("empties the docstrings of every module embedded in the bundles, and changes nothing else", () => {
    for (const path of [...startModules, ...workerOnlyModules]) {
      const source = withoutCommentLines(readFileSync(`lib/runtime/python/${path}`, "utf8"), path);
      const lines = source.split("\n");
      const stripped = withoutDocstrings(source).split("\n");
      expect(stripped.length, path).toBe(lines.length);
      const changed = stripped.map((line, index) => [line, lines[index]!] as const).filter(([line, before]) => line !== before);
      expect(changed.every(([line, before]) => line === "" || (/^\s*""$/.test(line) && /^\s*("""|''')/.test(before))), path).toBe(true);
      expect(stripped.join("\n"), path).not.toMatch(/^\s*(?:async def|def|class) [^\n]*:\s*\n\s*"""/m);
    }
  });
});
