import { describe, expect, it } from "vitest";
import { saveChangesBody } from "./schemas";

const save = (changes: { upserts?: { path: string; content: string }[]; deletes?: string[] }) =>
  saveChangesBody.safeParse({ baseRevision: 1, upserts: [], deletes: [], ...changes });

describe("a save's paths", () => {
  it("may delete a file whose name a write would refuse as unportable (stored before that rule), not write one", () => {
    for (const path of ["aux.py", "lib/nul.txt", "C:x.py"]) {
      expect(save({ deletes: [path] }).success, `delete ${path}`).toBe(true);
      expect(save({ upserts: [{ path, content: "x" }] }).success, `write ${path}`).toBe(false);
    }
  });

  it("refuses a delete that names no possible file: the shape rules hold for every path", () => {
    for (const path of ["../x.py", "/etc/passwd", "a\\b", "a//b", ""]) expect(save({ deletes: [path] }).success, path).toBe(false);
  });
});
