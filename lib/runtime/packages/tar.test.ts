import { describe, expect, it } from "vitest";
import { tar, tarGz } from "../../../e2e/runtime/tar";
import { gunzip, untar } from "./tar";

const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const long = `${"deep/".repeat(30)}file.txt`;

describe("untar", () => {
  it("reads regular files and folders, with their bytes", () => {
    const entries = untar(tar([{ name: "data/", type: "folder" }, { name: "data/a.txt", content: "alpha" }, { name: "empty.txt" }]));
    expect(entries.map(({ name, kind }) => [name, kind])).toEqual([["data/", "folder"], ["data/a.txt", "file"], ["empty.txt", "file"]]);
    expect(decode(entries[1]!.data)).toBe("alpha");
    expect(entries[2]!.data.byteLength).toBe(0);
  });

  it("reads a file that spans several 512-byte blocks and the entry after it", () => {
    const big = "0123456789".repeat(300);
    const entries = untar(tar([{ name: "big.txt", content: big }, { name: "next.txt", content: "after" }]));
    expect(decode(entries[0]!.data)).toBe(big);
    expect(decode(entries[1]!.data)).toBe("after");
  });

  it("takes long names from GNU ././@LongLink entries, pax path= headers and the ustar prefix", () => {
    const entries = untar(
      tar([
        { name: long, content: "gnu", longName: "gnu" },
        { name: `${long}.pax`, content: "pax", longName: "pax" },
        { name: "leaf.txt", prefix: "some/prefix", content: "ustar" },
      ]),
    );
    expect(entries.map(({ name, data }) => [name, decode(data)])).toEqual([
      [long, "gnu"],
      [`${long}.pax`, "pax"],
      ["some/prefix/leaf.txt", "ustar"],
    ]);
  });

  it("takes a regular entry whose name ends in / for a folder, as old tars wrote them", () => {
    expect(untar(tar([{ name: "old/" }])).map(({ name, kind }) => [name, kind])).toEqual([["old/", "folder"]]);
  });

  it("leaves out symlinks and devices without failing", () => {
    const entries = untar(tar([{ name: "link", type: "link" }, { name: "tty", type: "device" }, { name: "kept.txt", content: "x" }]));
    expect(entries.map(({ name }) => name)).toEqual(["kept.txt"]);
  });

  it("rejects a header whose checksum does not match", () => {
    const bytes = tar([{ name: "a.txt", content: "x" }]);
    bytes[0] = "b".charCodeAt(0);
    expect(() => untar(bytes)).toThrow("bad header checksum");
  });
});

describe("gunzip", () => {
  it("inflates a .tar.gz and refuses what is not gzip", async () => {
    const entries = untar(await gunzip(new Uint8Array(tarGz([{ name: "a.txt", content: "zipped" }]))));
    expect(decode(entries[0]!.data)).toBe("zipped");
    await expect(gunzip(new TextEncoder().encode("plain text, not gzip"))).rejects.toThrow("Not a gzip file");
  });
});
