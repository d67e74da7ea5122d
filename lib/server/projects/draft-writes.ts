import "server-only";
import type { ProjectId } from "../../ids";
import type { Prisma } from "../generated/prisma/client";
import type { FileBytes } from "./file-content";

export type DraftChanges = { upserts: FileBytes[]; deletes: string[] };

/**
 * Writes upserts and deletes into the draft at `revision`, keeping the per-file change record a merging save
 * checks: each written file carries the revision, each deleted path leaves a FileDeletion at it, and writing
 * a path again removes its FileDeletion. `existing` are the draft's paths before the change.
 */
export async function writeDraftChanges(
  tx: Prisma.TransactionClient,
  projectId: ProjectId,
  revision: number,
  { upserts, deletes }: DraftChanges,
  existing: ReadonlySet<string>,
): Promise<void> {
  const removed = deletes.filter((path) => existing.has(path));
  const touched = [...removed, ...upserts.map((file) => file.path)];
  if (touched.length > 0) await tx.fileDeletion.deleteMany({ where: { projectId, path: { in: touched } } });
  if (removed.length > 0) {
    await tx.file.deleteMany({ where: { projectId, path: { in: removed } } });
    await tx.fileDeletion.createMany({ data: removed.map((path) => ({ projectId, path, revision })) });
  }
  const created = upserts.filter((file) => !existing.has(file.path));
  if (created.length > 0) await tx.file.createMany({ data: created.map((file) => ({ ...file, projectId, revision })) });
  for (const file of upserts) {
    if (!existing.has(file.path)) continue;
    await tx.file.update({
      where: { projectId_path: { projectId, path: file.path } },
      data: { content: file.content, size: file.size, revision },
    });
  }
}
