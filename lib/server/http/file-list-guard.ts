import "server-only";
import { limits } from "../../config";
import { AppError } from "../../errors";

/**
 * Watches a JSON body byte by byte as it arrives and stops it as soon as a top-level `files`, `upserts` or
 * `deletes` list (the shapes the APIs that take files use) breaks a cap of lib/config.ts: one element too many, or a
 * `content` string whose decoded size is over the per-file cap however it turns out to be encoded. The
 * encoding may come after the content, so a string is stopped once even base64 (3 bytes per 4 characters)
 * cannot bring it under the cap; the exact check on the decoded bytes follows the parse (decodeFiles).
 * It validates nothing else: JSON.parse and the schema still judge the whole body (a key spelt with
 * escapes, `"\u0066iles"`, is not recognised here and meets only the total cap and the exact checks).
 */
export type FileListGuard = { write(chunk: Uint8Array): void };

type Container = { kind: "object"; key: string; expectsKey: boolean } | { kind: "array"; count: number; isFileList: boolean };

/** The top-level lists of files (or paths) the API takes: a whole project, a merging save's upserts and deletes. */
const fileListKeys = new Set(["files", "upserts", "deletes"]);

const quote = 0x22;
const backslash = 0x5c;
const maxKeyLength = 16;

export function createFileListGuard(): FileListGuard {
  const stack: Container[] = [];
  let inString = false;
  let isKey = false;
  let key = "";
  let watched = false;
  let escaped = false;
  let hexLeft = 0;
  let hex = 0;
  let utf8Bytes = 0;
  let chars = 0;

  const top = (): Container | undefined => stack[stack.length - 1];
  const isFileContent = () => {
    const [root, list, file] = stack;
    return stack.length === 3 && root?.kind === "object" && list?.kind === "array" && list.isFileList && file?.kind === "object" && file.key === "content";
  };
  const valueStarts = () => {
    const container = top();
    if (container?.kind !== "array") return;
    container.count += 1;
    if (container.isFileList && container.count > limits.projectFiles) {
      throw new AppError("payload_too_large", `A project has at most ${limits.projectFiles} files.`);
    }
  };
  const counted = (bytes: number, characters: number) => {
    utf8Bytes += bytes;
    chars += characters;
    if (Math.min(utf8Bytes, Math.floor((chars * 3) / 4) - 2) > limits.fileBytes) {
      throw new AppError("payload_too_large", `A file is larger than ${limits.fileBytes} bytes.`);
    }
  };

  /** The special bytes of a string: an escape's letters and digits, a backslash, the closing quote. */
  function inStringByte(byte: number): void {
    if (hexLeft > 0) {
      hex = hex * 16 + hexDigit(byte);
      if (--hexLeft === 0 && watched) counted(unitBytes(hex), 1);
    } else if (escaped) {
      escaped = false;
      if (byte === 0x75) {
        hexLeft = 4;
        hex = 0;
      } else if (watched) {
        counted(1, 1);
      }
    } else if (byte === backslash) {
      escaped = true;
    } else {
      inString = false;
      const container = top();
      if (isKey && container?.kind === "object") container.key = key;
    }
  }

  /** A whole escape inside one chunk, in one step (a body can hold a million); returns where it ends. */
  function escapeWithin(chunk: Buffer, at: number): number {
    const letter = chunk[at + 1];
    if (letter === undefined) return at;
    if (letter !== 0x75) {
      counted(1, 1);
      return at + 2;
    }
    if (at + 6 > chunk.byteLength) return at;
    const unit = (hexDigit(chunk[at + 2]!) << 12) | (hexDigit(chunk[at + 3]!) << 8) | (hexDigit(chunk[at + 4]!) << 4) | hexDigit(chunk[at + 5]!);
    counted(unitBytes(unit), 1);
    return at + 6;
  }

  /** A run of plain string bytes: found with the native indexOf and counted in one pass (most of a body). */
  function plainRun(chunk: Buffer, from: number, to: number): void {
    if (isKey) {
      key += chunk.toString("latin1", from, Math.min(to, from + maxKeyLength - key.length));
    } else if (watched) {
      // Every byte of raw UTF-8 is a byte of the file; only lead bytes start a character.
      let continuation = 0;
      for (let i = from; i < to; i++) if ((chunk[i]! & 0xc0) === 0x80) continuation++;
      counted(to - from, to - from - continuation);
    }
  }

  function structuralByte(byte: number): void {
    const container = top();
    switch (byte) {
      case quote:
        inString = true;
        isKey = container?.kind === "object" && container.expectsKey;
        key = "";
        watched = !isKey && isFileContent();
        utf8Bytes = 0;
        chars = 0;
        if (!isKey) valueStarts();
        return;
      case 0x7b: // {
        valueStarts();
        stack.push({ kind: "object", key: "", expectsKey: true });
        return;
      case 0x5b: {
        // [
        valueStarts();
        const [root] = stack;
        stack.push({ kind: "array", count: 0, isFileList: stack.length === 1 && root?.kind === "object" && fileListKeys.has(root.key) });
        return;
      }
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        return;
      case 0x3a: // :
        if (container?.kind === "object") container.expectsKey = false;
        return;
      case 0x2c: // ,
        if (container?.kind === "object") container.expectsKey = true;
        return;
    }
  }

  return {
    write(bytes) {
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      // Where the next quote and backslash are, found once per chunk and again only once passed: a string
      // of many escapes must not rescan the rest of the chunk at each one.
      let quoteAt = -1;
      let backslashAt = -1;
      const next = (byte: number, cached: number, from: number) => (cached >= from || cached === chunk.byteLength ? cached : found(chunk.indexOf(byte, from)));
      const found = (at: number) => (at < 0 ? chunk.byteLength : at);
      let at = 0;
      while (at < chunk.byteLength) {
        if (!inString) {
          structuralByte(chunk[at++]!);
        } else if (escaped || hexLeft > 0) {
          inStringByte(chunk[at++]!);
        } else {
          quoteAt = next(quote, quoteAt, at);
          backslashAt = next(backslash, backslashAt, at);
          const end = Math.min(quoteAt, backslashAt);
          plainRun(chunk, at, end);
          at = end < chunk.byteLength && watched && chunk[end] === backslash ? escapeWithin(chunk, end) : end;
          if (at === end && end < chunk.byteLength) inStringByte(chunk[at++]!);
        }
      }
    },
  };
}

/** A JSON escape's hex digit; anything else makes the body invalid JSON, which JSON.parse reports. */
function hexDigit(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  const lower = byte | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x57 : 0;
}

/** UTF-8 bytes of a UTF-16 code unit; each half of a surrogate pair counts 2 (the pair is 4). */
function unitBytes(unit: number): number {
  return unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
}
