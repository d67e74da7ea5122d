import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { limits } from "../../config";
import { AppError } from "../../errors";
import { zeroBomb, zipOf } from "../../../test/support/zip-files";
import { createProjectZip, createProjectZipReader } from "./zip";

/** Feeds a zip to a fresh reader in chunks, as a request body arrives; `read` is how far it got. */
function readZip(zip: Uint8Array, chunkBytes = 64 * 1024) {
  const reader = createProjectZipReader();
  let read = 0;
  try {
    for (; read < zip.byteLength; read += chunkBytes) reader.write(zip.subarray(read, read + chunkBytes));
    return { files: reader.finish(), error: null, read };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { files: null, error, read };
  }
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80, 0x00]);

describe("project zips", () => {
  it("round-trips a project: same paths, same bytes, binary included, the wrapping folder stripped", () => {
    const files = [
      { path: "index.html", content: new TextEncoder().encode("<script type=py src=main.py></script>") },
      { path: "main.py", content: new TextEncoder().encode("print('é')\n") },
      { path: "assets/logo.png", content: png },
      { path: "empty.txt", content: new Uint8Array(0) },
    ];
    const { files: read, error } = readZip(createProjectZip("demo-abc", files, new Date("2026-01-02T03:04:05Z")), 7);
    expect(error).toBeNull();
    expect(read!.map((f) => [f.path, Array.from(f.content), f.size])).toEqual(files.map((f) => [f.path, Array.from(f.content), f.content.byteLength]));
  });

  it("reads a GitHub-style zip: folder entries skipped, the one top-level folder and macOS extras dropped", () => {
    const zip = zipOf([
      { name: "repo-main/", content: "" },
      { name: "repo-main/src/", content: "" },
      { name: "repo-main/src/app.py", content: "x = 1" },
      { name: "repo-main/README.md", content: "# hi", stored: true },
      { name: "__MACOSX/repo-main/._README.md", content: "junk" },
      { name: "repo-main/.DS_Store", content: "junk" },
    ]);
    expect(readZip(zip).files!.map((f) => [f.path, text(f.content)])).toEqual([
      ["src/app.py", "x = 1"],
      ["README.md", "# hi"],
    ]);
  });

  it("keeps paths as they are when the files are not all in one folder", () => {
    const zip = zipOf([
      { name: "a/one.py", content: "1" },
      { name: "b.py", content: "2" },
    ]);
    expect(readZip(zip).files!.map((f) => f.path)).toEqual(["a/one.py", "b.py"]);
  });

  it.each([
    ["../evil.py", "no empty, . or .."],
    ["repo/../../evil.py", "no empty, . or .."],
    ["/etc/passwd", "no leading /"],
    ["C:/Windows/evil.dll", "drive letter"],
    ["C:evil.py", "drive letter"],
    ["repo\\..\\evil.py", "no backslash"],
    ["evil\u0000.py.txt", "control characters"],
  ])("refuses the zip-slip entry %j with a 400 that names it, before reading further", (name, why) => {
    const zip = zipOf([
      { name: "ok.py", content: "fine" },
      { name, content: "pwned" },
    ]);
    const { error } = readZip(zip);
    expect(error?.status).toBe(400);
    expect(error?.message).toContain(`The zip entry ${JSON.stringify(name)} is refused`);
    expect(error?.message).toContain(why.split(" ").pop());
  });

  it("stops a 1 GB bomb whose headers claim 1000 bytes after inflating just past the file cap", () => {
    const bomb = zeroBomb([{ name: "zeros.bin", megabytes: 1024 }]);
    expect(bomb.byteLength).toBeLessThan(1.1 * 1024 * 1024);
    const { error, read } = readZip(bomb);
    expect(error?.status).toBe(413);
    expect(error?.message).toBe(`The zip entry "zeros.bin" is larger than ${limits.fileBytes} bytes.`);
    // One MB of zeros is about 1 KB deflated: the reader stopped within the first chunk it was given.
    expect(read).toBe(0);
  });

  it("stops a bomb of many files, each under the file cap, once their total passes the project cap", () => {
    const perFile = limits.fileBytes / (1024 * 1024);
    const count = limits.projectBytes / limits.fileBytes + 5;
    const bomb = zeroBomb(Array.from({ length: count }, (_, i) => ({ name: `part-${i}.bin`, megabytes: perFile })));
    const { error } = readZip(bomb, 1024);
    expect(error?.status).toBe(413);
    expect(error?.message).toBe(`A project's files add up to at most ${limits.projectBytes} bytes.`);
  });

  it("stops at the file after the last one a project may have", () => {
    const many = Array.from({ length: limits.projectFiles + 20 }, (_, i) => ({ name: `f${i}.txt`, content: "" }));
    expect(readZip(zipOf(many.slice(0, limits.projectFiles))).files).toHaveLength(limits.projectFiles);
    const { error, read } = readZip(zipOf(many), 1024);
    expect(error?.message).toBe(`A project has at most ${limits.projectFiles} files.`);
    expect(read).toBeLessThan(zipOf(many.slice(0, limits.projectFiles + 1)).byteLength);
  });

  it("says clearly when the upload is not a zip, holds no files, is cut short or has a name twice", () => {
    expect(readZip(new TextEncoder().encode("just some text, not a zip")).error?.message).toBe("The upload is not a zip file.");
    expect(readZip(zipOf([{ name: "folder/", content: "" }])).error?.message).toBe("The zip holds no files.");
    const whole = zipOf([{ name: "a.bin", content: randomBytes(10_000), stored: true }]);
    expect(readZip(whole.subarray(0, 200)).error?.message).toMatch(/incomplete/);
    const twice = zipOf([{ name: "a.txt", content: "1" }]);
    const doubled = new Uint8Array([...twice, ...twice]);
    expect(readZip(doubled).error?.message).toContain('two entries called "a.txt"');
  });
});
