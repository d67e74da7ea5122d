/** One entry of an archive as written in it: a regular file (with its bytes) or a folder. */
export type RawArchiveEntry = { name: string; kind: "file" | "folder"; data: Uint8Array };

const block = 512;

/** Inflates a `.tar.gz` (or any gzip stream) with the browser's own DecompressionStream. */
export async function gunzip(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  try {
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new Error("Not a gzip file");
  }
}

/**
 * Reads an uncompressed tar: ustar headers (with their `prefix`), GNU long names (`././@LongLink`, type L)
 * and pax extended headers (`path=`). Regular files and folders are returned; symlinks, hard links, devices
 * and fifos are left out, since the interpreter's file system would get nothing useful from them.
 */
export function untar(bytes: Uint8Array): RawArchiveEntry[] {
  const entries: RawArchiveEntry[] = [];
  // A GNU long name or a pax `path` names the entry that follows it.
  let nextName: string | null = null;
  for (let offset = 0; offset + block <= bytes.length; ) {
    const header = bytes.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    if (!checksumMatches(header)) throw new Error(`Corrupt tar: bad header checksum at byte ${offset}`);
    const size = readSize(header);
    const type = String.fromCharCode(header[156]!);
    const data = bytes.subarray(offset + block, offset + block + size);
    if (data.length < size) throw new Error("Corrupt tar: an entry runs past the end of the archive");
    offset += block + Math.ceil(size / block) * block;
    if (type === "L") {
      nextName = text(data);
      continue;
    }
    if (type === "x") {
      nextName = paxRecords(data).get("path") ?? nextName;
      continue;
    }
    // Global pax headers and GNU long link names only matter for what we skip anyway.
    if (type === "g" || type === "K") continue;
    const name = nextName ?? headerName(header);
    nextName = null;
    // Old (pre-POSIX) tars mark a folder only by the trailing slash of a regular entry's name.
    const isRegular = type === "0" || type === "\0" || type === "7";
    if (type === "5" || (isRegular && name.endsWith("/"))) entries.push({ name, kind: "folder", data: new Uint8Array() });
    else if (isRegular) entries.push({ name, kind: "file", data });
  }
  return entries;
}

function headerName(header: Uint8Array): string {
  const name = text(header.subarray(0, 100));
  const isUstar = text(header.subarray(257, 262)) === "ustar";
  const prefix = isUstar ? text(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}

/** Octal digits, or (GNU, for sizes past 8 GB) a big-endian binary number flagged by the top bit. */
function readSize(header: Uint8Array): number {
  const field = header.subarray(124, 136);
  if (field[0]! & 0x80) return field.subarray(1).reduce((value, byte) => value * 256 + byte, field[0]! & 0x7f);
  const digits = text(field).trim();
  return digits ? parseInt(digits, 8) : 0;
}

/** The checksum is the sum of the header's bytes with its own 8-byte field counted as spaces. */
function checksumMatches(header: Uint8Array): boolean {
  const stored = parseInt(text(header.subarray(148, 156)).trim(), 8);
  let sum = 0;
  for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === stored;
}

/** Pax records are `<length> <key>=<value>\n`, the length counting the whole record in bytes. */
function paxRecords(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  for (let at = 0; at < data.length; ) {
    const space = data.indexOf(0x20, at);
    const length = parseInt(text(data.subarray(at, space)), 10);
    if (space < 0 || !(length > 0)) break;
    const record = new TextDecoder().decode(data.subarray(space + 1, at + length - 1));
    const equals = record.indexOf("=");
    if (equals > 0) records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}

/** A NUL-terminated UTF-8 field. */
function text(field: Uint8Array): string {
  const end = field.indexOf(0);
  return new TextDecoder().decode(end < 0 ? field : field.subarray(0, end));
}
