import { describe, expect, it } from "vitest";
import { tar, tarGz } from "../../../e2e/runtime/tar";
import { zip } from "../../../e2e/runtime/zip";
import { archiveKind, entryPath, readArchive } from "./archive";

describe("archiveKind", () => {
  it("tells .zip, .tar.gz and .tgz by extension, ignoring a query", () => {
    expect(archiveKind("./data.zip")).toBe("zip");
    expect(archiveKind("./data.tar.gz?v=2")).toBe("tar.gz");
    expect(archiveKind("https://host/DATA.TGZ")).toBe("tar.gz");
    expect(archiveKind("./data.tar")).toBeNull();
  });
});

describe("readArchive", () => {
  it("gives the entries of a .tar.gz and of a .zip with clean relative paths", async () => {
    const fromTar = await readArchive(new Uint8Array(tarGz([{ name: "./", type: "folder" }, { name: "./dir/", type: "folder" }, { name: "./dir/a.txt", content: "a" }])), "tar.gz", "x.tar.gz");
    expect(fromTar.map(({ path, kind }) => [path, kind])).toEqual([["dir", "folder"], ["dir/a.txt", "file"]]);
    const fromZip = await readArchive(new Uint8Array(zip({ "b/c.txt": "c" })), "zip", "x.zip");
    expect(fromZip.map(({ path }) => path)).toEqual(["b/c.txt"]);
  });

  it("refuses an entry that would land outside the destination, naming the archive and the entry", async () => {
    await expect(readArchive(new Uint8Array(tarGz([{ name: "../evil.txt", content: "x" }])), "tar.gz", "./bad.tar.gz")).rejects.toThrow(
      './bad.tar.gz: the entry "../evil.txt" would be written outside the destination folder',
    );
    expect(() => entryPath("/etc/passwd", "a.tgz")).toThrow('the entry "/etc/passwd"');
    expect(() => entryPath("ok/../../up", "a.tgz")).toThrow("outside the destination");
    expect(entryPath("./ok/./fine.txt", "a.tgz")).toBe("ok/fine.txt");
  });

  it("names the archive when it is not what its extension says", async () => {
    await expect(readArchive(new TextEncoder().encode("nope"), "tar.gz", "./data.tar.gz")).rejects.toThrow("./data.tar.gz: Not a gzip file");
  });
});

describe("readArchive of a .tar.gz the browser already inflated (Content-Encoding: gzip)", () => {
  it("reads the plain tar as it is", async () => {
    const entries = await readArchive(new Uint8Array(tar([{ name: "a.txt", content: "plain" }])), "tar.gz", "x.tar.gz");
    expect(entries.map(({ path }) => path)).toEqual(["a.txt"]);
  });
});
