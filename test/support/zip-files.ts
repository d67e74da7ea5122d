import { Deflate, zipSync } from "fflate";

/** Zips made by hand for tests: any entry name, and bombs whose headers lie. Test-only, never shipped. */
export type ZipEntry = { name: string; content: Uint8Array | string; stored?: boolean };

/** A zip with exactly these entry names (fflate writes them as given, `../` and all). */
export function zipOf(entries: ZipEntry[]): Uint8Array {
  const input: Record<string, [Uint8Array, { level: 0 | 6 }]> = Object.create(null);
  for (const { name, content, stored } of entries) {
    input[name] = [typeof content === "string" ? new TextEncoder().encode(content) : content, { level: stored ? 0 : 6 }];
  }
  return zipSync(input);
}

/**
 * A raw deflate stream of `megabytes` MB of zeros, built without compressing them all: one MB of zeros
 * deflated and flushed to a byte boundary is a run of blocks whose back-references reach only into its own
 * output, so the same bytes repeated are a valid stream of as many megabytes (about 1 KB each).
 */
function zerosDeflated(megabytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => parts.push(chunk));
  deflate.push(new Uint8Array(1024 * 1024));
  deflate.flush(true);
  const oneMegabyte = concat(parts);
  const finalEmptyBlock = Uint8Array.of(0x03, 0x00);
  return concat([...Array.from({ length: megabytes }, () => oneMegabyte), finalEmptyBlock]);
}

/**
 * A zip of entries of zeros (`megabytes` each) whose headers claim `claimedSize` bytes and a made-up CRC:
 * what a bomb looks like to a reader that trusts the headers.
 */
export function zeroBomb(entries: { name: string; megabytes: number }[], claimedSize = 1000): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, megabytes } of entries) {
    const nameBytes = new TextEncoder().encode(name);
    const data = zerosDeflated(megabytes);
    const local = header(30, nameBytes);
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true);
    local.setUint16(8, 8, true);
    local.setUint32(14, 0x12345678, true);
    local.setUint32(18, data.byteLength, true);
    local.setUint32(22, claimedSize, true);
    local.setUint16(26, nameBytes.byteLength, true);
    const central = header(46, nameBytes);
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(8, 0x800, true);
    central.setUint16(10, 8, true);
    central.setUint32(16, 0x12345678, true);
    central.setUint32(20, data.byteLength, true);
    central.setUint32(24, claimedSize, true);
    central.setUint16(28, nameBytes.byteLength, true);
    central.setUint32(42, offset, true);
    locals.push(bytesOf(local), data);
    centrals.push(bytesOf(central));
    offset += local.byteLength + data.byteLength;
  }
  const directory = concat(centrals);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directory.byteLength, true);
  end.setUint32(16, offset, true);
  return concat([...locals, directory, bytesOf(end)]);
}

function header(size: number, name: Uint8Array): DataView {
  const bytes = new Uint8Array(size + name.byteLength);
  bytes.set(name, size);
  return new DataView(bytes.buffer);
}

const bytesOf = (view: DataView) => new Uint8Array(view.buffer);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
