import "server-only";
import { createHash } from "node:crypto";
import { Prisma } from "../generated/prisma/client";

/** A blob's key: the sha256 of its bytes, hex. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type BlobBytes = { hash: string; content: Uint8Array<ArrayBuffer>; size: number };

/**
 * Stores each distinct content once, in the caller's transaction, before the rows that reference it. A blob
 * that exists is not written again, only locked until the transaction ends (`DO UPDATE … WHERE false` updates
 * nothing but locks the row): the orphan trigger of a concurrent write that drops the last other reference
 * then skips it rather than deleting it under us (see the content_addressed_files migration). Sorted by
 * hash, so two writers storing overlapping sets lock in the same order and never deadlock.
 */
export async function storeBlobs(tx: Prisma.TransactionClient, blobs: readonly BlobBytes[]): Promise<void> {
  const unique = [...new Map(blobs.map((blob) => [blob.hash, blob])).values()].sort((a, b) => (a.hash < b.hash ? -1 : 1));
  if (unique.length === 0) return;
  const rows = unique.map((blob) => Prisma.sql`(${blob.hash}, ${blob.content}, ${blob.size})`);
  await tx.$executeRaw`
    INSERT INTO "Blob" ("hash", "content", "size") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("hash") DO UPDATE SET "size" = EXCLUDED."size" WHERE false`;
}
