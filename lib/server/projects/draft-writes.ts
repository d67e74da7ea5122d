import "server-only";
import type { ProjectId } from "../../ids";
import type { Prisma } from "../generated/prisma/client";
import { storeBlobs } from "./blobs";
import type { HashedFileBytes } from "./file-content";

/**
 * A file to write: with its bytes, stored as a blob first; or as the hash of a blob a row this transaction
 * holds still references (a restore from the project's own version, whose project row is locked), so that
 * blob cannot be released meanwhile.
 */
export type DraftFile = HashedFileBytes | { path: string; hash: string; size: number };
export type DraftChanges = { upserts: DraftFile[]; deletes: string[] };

/** What the draft holds before the change: its file paths, and (when the caller read them) its deleted paths. */
export type DraftBefore = { files: ReadonlySet<string>; deletions?: ReadonlySet<string> };

/**
 * Writes upserts and deletes into the draft at `revision`, keeping the per-file change record a merging save
 * checks: each written file carries the revision, each deleted path leaves a FileDeletion at it, and writing
 * a path again removes its FileDeletion.
 *
 * The orphan trigger checks a statement's released blobs when the statement ends, so the order matters: bytes
 * go to their blobs first, all changed files are rewritten by one UPDATE (two files swapping contents release
 * nothing), and deletions come last (a rename's bytes are already referenced by its new path).
 */
export async function writeDraftChanges(
  tx: Prisma.TransactionClient,
  projectId: ProjectId,
  revision: number,
  { upserts, deletes }: DraftChanges,
  before: DraftBefore,
): Promise<void> {
  const existing = before.files;
  const removed = deletes.filter((path) => existing.has(path));
  const touched = [...removed, ...upserts.map((file) => file.path)];
  const staleDeletions = before.deletions ? touched.filter((path) => before.deletions?.has(path)) : touched;
  if (staleDeletions.length > 0) await tx.fileDeletion.deleteMany({ where: { projectId, path: { in: staleDeletions } } });
  await storeBlobs(tx, upserts.filter((file) => "content" in file));
  const created = upserts.filter((file) => !existing.has(file.path));
  if (created.length > 0) {
    await tx.file.createMany({
      data: created.map(({ path, hash, size }) => ({ projectId, path, hash, size, revision })),
    });
  }
  const changed = upserts.filter((file) => existing.has(file.path));
  if (changed.length > 0) {
    await tx.$executeRaw`
      UPDATE "File" f SET "hash" = c."hash", "size" = c."size", "revision" = ${revision}, "updatedAt" = now()
      FROM unnest(${changed.map((file) => file.path)}::text[], ${changed.map((file) => file.hash)}::text[], ${changed.map((file) => file.size)}::int[])
        AS c("path", "hash", "size")
      WHERE f."projectId" = ${projectId}::uuid AND f."path" = c."path"`;
  }
  if (removed.length > 0) {
    await tx.file.deleteMany({ where: { projectId, path: { in: removed } } });
    await tx.fileDeletion.createMany({ data: removed.map((path) => ({ projectId, path, revision })) });
  }
}
