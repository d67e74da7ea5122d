import { describe, expect, it } from "vitest";
import { zip } from "../../../e2e/runtime/zip";
import { unzip } from "./wheel";

describe("unzip", () => {
  it("returns every file of a deflated zip, skipping folders", async () => {
    const files = await unzip(new Uint8Array(zip({ "pkg/__init__.py": "x = 1\n".repeat(50), "pkg/data.txt": "" })));
    expect([...files.keys()]).toEqual(["pkg/__init__.py", "pkg/data.txt"]);
    expect(new TextDecoder().decode(files.get("pkg/__init__.py"))).toBe("x = 1\n".repeat(50));
  });

  it("rejects what is not a zip", async () => {
    await expect(unzip(new TextEncoder().encode("not a zip at all, clearly"))).rejects.toThrow("Not a zip file");
  });
});
