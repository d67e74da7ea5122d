import "server-only";
import { AppError } from "../../errors";
import type { ProjectId } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { writeDraftChanges } from "./draft-writes";
import { assertProjectCaps, decodeFiles } from "./file-content";
import { notFound, requireUser } from "./access";
import { summarizeOne, summarySelect } from "./summaries";
import type { ProjectSummary } from "./summaries";
import type { FileInput } from "./schemas";
import { announceProjectWritten } from "./write-events";
import { lockQuota } from "./quota";

/** A save from the editor: the files it changed since `baseRevision`, the revision its view of the project is at. */
export type FileChanges = { baseRevision: number; upserts: FileInput[]; deletes: string[] };
export type SavedChanges = { project: ProjectSummary; revision: number };

/**
 * Applies a save that merges: accepted when none of the files it writes or deletes was written or deleted
 * since `baseRevision`, whatever happened to other files meanwhile; otherwise a 409 naming those files.
 * After the owner's quota lock (quota.ts), the project row is updated, which locks it until commit: concurrent
 * saves of one project run one after another, each checking against what the previous one committed.
 */
export async function saveFileChanges(actor: Actor, id: ProjectId, changes: FileChanges): Promise<SavedChanges> {
  const { userId } = requireUser(actor);
  const upserts = decodeFiles(changes.upserts);
  const touched = [...upserts.map((file) => file.path), ...changes.deletes];
  const saved = await getDb()
    .$transaction(async (tx) => {
      const quota = await lockQuota(tx, userId);
      const row = await tx.project.update({ where: { id, ownerId: userId }, data: { revision: { increment: 1 } }, select: summarySelect });
      const current = row.revision - 1;
      if (changes.baseRevision > current) {
        throw new AppError("bad_request", `baseRevision ${changes.baseRevision} is newer than the project (${current}).`);
      }
      const files = await tx.file.findMany({ where: { projectId: id }, select: { path: true, size: true, revision: true } });
      const deletions = await tx.fileDeletion.findMany({
        where: { projectId: id, path: { in: touched } },
        select: { path: true, revision: true },
      });
      const wanted = new Set(touched);
      const conflicts = new Set<string>();
      for (const deletion of deletions) if (deletion.revision > changes.baseRevision) conflicts.add(deletion.path);
      for (const file of files) if (wanted.has(file.path) && file.revision > changes.baseRevision) conflicts.add(file.path);
      if (conflicts.size > 0) {
        throw new AppError("conflict", "Someone else changed these files since you loaded them.", {
          files: [...conflicts].sort(),
          revision: current,
        });
      }
      const kept = files.filter((file) => !wanted.has(file.path));
      assertProjectCaps(
        kept.length + upserts.length,
        kept.reduce((total, file) => total + file.size, 0) + upserts.reduce((total, file) => total + file.size, 0),
      );
      await writeDraftChanges(
        tx,
        id,
        row.revision,
        { upserts, deletes: changes.deletes },
        { files: new Set(files.map((file) => file.path)), deletions: new Set(deletions.map((deletion) => deletion.path)) },
      );
      await quota.assertStorageAfterWrite();
      return { project: await summarizeOne(tx, actor, row), revision: row.revision };
    })
    .catch((error: unknown) => {
      throw isRecordNotFound(error) ? notFound() : error;
    });
  announceProjectWritten(id);
  return saved;
}

function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
