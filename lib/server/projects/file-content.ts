import "server-only";
import { AppError } from "../../errors";
import { limits } from "../../config";
import type { Prisma } from "../generated/prisma/client";
import { hashBytes } from "./blobs";
import type { FileInput } from "./schemas";

export type FileBytes = { path: string; content: Uint8Array<ArrayBuffer>; size: number };
/** A file as a write has it: its bytes and their hash, the key of the blob it will reference. */
export type HashedFileBytes = FileBytes & { hash: string };
export type FileOutput = { path: string; content: string; encoding: "utf8" | "base64"; size: number };

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** Decodes API file inputs to bytes and enforces the caps from lib/config.ts on the decoded sizes. */
export function decodeFiles(inputs: FileInput[]): HashedFileBytes[] {
  assertProjectCaps(inputs.length, 0);
  let total = 0;
  const files = inputs.map(({ path, content, encoding }) => {
    if (encoding === "base64" && (content.length % 4 !== 0 || !base64Pattern.test(content))) {
      throw new AppError("bad_request", `${path}: content is not valid base64.`);
    }
    const bytes = new Uint8Array(Buffer.from(content, encoding));
    if (bytes.byteLength > limits.fileBytes) {
      throw new AppError("payload_too_large", `${path} is larger than ${limits.fileBytes} bytes.`);
    }
    total += bytes.byteLength;
    return { path, hash: hashBytes(bytes), content: bytes, size: bytes.byteLength };
  });
  assertProjectCaps(files.length, total);
  return files;
}

/** The caps on a whole project: its number of files and their total decoded size. */
export function assertProjectCaps(fileCount: number, totalBytes: number): void {
  if (fileCount > limits.projectFiles) {
    throw new AppError("payload_too_large", `A project has at most ${limits.projectFiles} files.`);
  }
  if (totalBytes > limits.projectBytes) {
    throw new AppError("payload_too_large", `A project's files add up to at most ${limits.projectBytes} bytes.`);
  }
}

/**
 * The draft's files with their bytes, in path order: one round trip (the blobs joined by their key), where a
 * nested Prisma read would take two.
 */
export async function readDraftFiles(db: Prisma.TransactionClient, projectId: string): Promise<FileOutput[]> {
  const rows = await db.$queryRaw<{ path: string; content: Uint8Array; size: number }[]>`
    SELECT f."path", b."content", b."size" FROM "File" f JOIN "Blob" b ON b."hash" = f."hash"
    WHERE f."projectId" = ${projectId}::uuid ORDER BY f."path"`;
  return rows.map(encodeFile);
}

/** Text files travel as text; anything that is not valid UTF-8 (images, wasm) as base64. */
export function encodeFile(file: { path: string; content: Uint8Array; size: number }): FileOutput {
  try {
    return { path: file.path, content: strictUtf8.decode(file.content), encoding: "utf8", size: file.size };
  } catch {
    return { path: file.path, content: Buffer.from(file.content).toString("base64"), encoding: "base64", size: file.size };
  }
}
