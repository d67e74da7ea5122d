import { expect, test } from "vitest";
import { compareFiles } from "./version-diff";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

test("pairs files by path and marks each added, removed, changed or unchanged, changes first", () => {
  const rows = compareFiles(
    [text("main.py", "print(1)"), text("old.py", ""), text("index.html", "<p>")],
    [text("main.py", "print(2)"), text("new.py", "x"), text("index.html", "<p>")],
  );
  expect(rows.map((row) => [row.path, row.kind])).toEqual([
    ["main.py", "changed"],
    ["new.py", "added"],
    ["old.py", "removed"],
    ["index.html", "unchanged"],
  ]);
  expect(rows[1]).toMatchObject({ before: null, after: text("new.py", "x") });
  expect(rows[2]).toMatchObject({ before: text("old.py", ""), after: null });
});

test("the same bytes in another encoding are a change", () => {
  const [row] = compareFiles([text("a.bin", "AA==")], [{ path: "a.bin", content: "AA==", encoding: "base64" }]);
  expect(row?.kind).toBe("changed");
});
