import { describe, expect, test } from "vitest";
import { applyChanges, diffFiles, dirtyPaths, freePath, removePath, renamePath, toFileSet } from "./files";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });
const saved = toFileSet([text("index.html", "<h1>"), text("main.py", "print(1)"), text("lib/util.py", "x = 1")]);

describe("dirty tracking", () => {
  test("an edit, a new file and a deleted file are dirty; an edit typed back to the saved text is not", () => {
    const current = new Map(saved);
    current.set("main.py", text("main.py", "print(2)"));
    current.set("new.py", text("new.py", ""));
    current.delete("index.html");
    current.set("lib/util.py", text("lib/util.py", "x = 1"));
    expect([...dirtyPaths(saved, current)].sort()).toEqual(["index.html", "main.py", "new.py"]);
  });

  test("a save sends only what changed: upserts for edits and new files, deletes for removed paths", () => {
    const current = new Map(saved).set("main.py", text("main.py", "print(2)"));
    current.delete("lib/util.py");
    expect(diffFiles(saved, current)).toEqual({ upserts: [text("main.py", "print(2)")], deletes: ["lib/util.py"] });
    expect(dirtyPaths(applyChanges(saved, diffFiles(saved, current)), current).size).toBe(0);
  });

  test("a rename is an upsert of the new path and a delete of the old one", () => {
    const { files, moved } = renamePath(saved, "main.py", "app.py");
    expect(moved).toEqual(new Map([["main.py", "app.py"]]));
    expect(diffFiles(saved, files)).toEqual({ upserts: [text("app.py", "print(1)")], deletes: ["main.py"] });
  });
});

describe("tree operations", () => {
  test("renaming a folder moves everything under it, and never onto an existing file", () => {
    const { files } = renamePath(saved, "lib", "src");
    expect([...files.keys()].sort()).toEqual(["index.html", "main.py", "src/util.py"]);
    expect(() => renamePath(saved, "main.py", "index.html")).toThrow(/index.html already exists/);
  });

  test("removing a folder removes its files only", () => {
    expect([...removePath(saved, "lib").keys()]).toEqual(["index.html", "main.py"]);
  });

  test("a taken name gets a number before its extension", () => {
    expect(freePath(saved, "main.py")).toBe("main (2).py");
    expect(freePath(saved, "fresh.py")).toBe("fresh.py");
  });
});
