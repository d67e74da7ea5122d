import { gzipSync } from "node:zlib";

/**
 * One tar entry for the test writer. `longName` writes the name the way GNU tar does past 100 bytes (a
 * `././@LongLink` entry first), `pax` as a pax extended header (`path=`); `prefix` splits it into ustar's
 * prefix and name fields. A `link` entry is a symlink, a `device` a character device.
 */
export type TarEntry = {
  name: string;
  content?: string;
  type?: "file" | "folder" | "link" | "device";
  longName?: "gnu" | "pax";
  prefix?: string;
};

/** A minimal tar writer: enough for tests to build their own archives. */
export function tar(entries: TarEntry[]): Buffer {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const type = { file: "0", folder: "5", link: "2", device: "3" }[entry.type ?? "file"];
    const data = Buffer.from(entry.content ?? "");
    if (entry.longName === "gnu") blocks.push(header("././@LongLink", "L", Buffer.byteLength(entry.name) + 1), padded(Buffer.from(`${entry.name}\0`)));
    if (entry.longName === "pax") {
      const record = paxRecord("path", entry.name);
      blocks.push(header("PaxHeader", "x", record.length), padded(record));
    }
    const shortName = entry.longName ? entry.name.slice(-99) : entry.name;
    blocks.push(header(shortName, type, data.length, entry.prefix, entry.type === "link" ? "target" : ""), padded(data));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function tarGz(entries: TarEntry[]): Buffer {
  return gzipSync(tar(entries));
}

function header(name: string, type: string, size: number, prefix = "", linkName = ""): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100);
  block.write("0000644\0", 100);
  block.write("0000000\0", 108);
  block.write("0000000\0", 116);
  block.write(`${size.toString(8).padStart(11, "0")}\0`, 124);
  block.write("00000000000\0", 136);
  block.write(type, 156);
  block.write(linkName, 157, 100);
  block.write("ustar\0", 257);
  block.write("00", 263);
  block.write(prefix, 345, 155);
  block.fill(0x20, 148, 156);
  const sum = block.reduce((total, byte) => total + byte, 0);
  block.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return block;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  // The length counts its own digits too.
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return Buffer.from(`${length}${body}`);
}

function padded(data: Buffer): Buffer {
  return Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}
