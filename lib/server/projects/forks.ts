import "server-only";
import type { ProjectId } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { notFound, readableBy, requireUser } from "./access";
import { newPreviewSecret } from "./preview-origin";
import { withFiles, withFreeSlug } from "./queries";
import type { ProjectWithFiles } from "./queries";
import { summarySelect } from "./summaries";
import { slugFromTitle } from "./slug";
import { lockQuota } from "./quota";

export type ForkOptions = { title?: string };

/**
 * A copy of the draft of a project `actor` may read, as a new unlisted project of theirs (same isolation
 * switch, a new address and preview secret), remembering where it came from. Files are copied as rows that
 * name the same blobs: a fork costs rows, not bytes.
 *
 * The caller's quota is locked first (quota.ts), then the source's row FOR SHARE: a write to it (which locks
 * it for update) either committed before, so the copy reads its files, or waits until the fork commits.
 * Without it, a save replacing a file could release that file's blob (the orphan trigger) between the copy's
 * read and its insert.
 */
export async function forkProject(actor: Actor, sourceId: ProjectId, { title }: ForkOptions = {}): Promise<ProjectWithFiles> {
  const { userId } = requireUser(actor);
  // Read first for the default title, which the new address is made from; a 404 before anything is written.
  const peek = await getDb().project.findFirst({ where: { id: sourceId, ...readableBy(actor) }, select: { title: true } });
  if (!peek) throw notFound();
  const forkTitle = title ?? peek.title;
  return withFreeSlug(slugFromTitle(forkTitle), (slug) =>
    getDb().$transaction(async (tx) => {
      const quota = await lockQuota(tx, userId);
      quota.assertRoomForProject();
      await tx.$queryRaw`SELECT 1 FROM "Project" WHERE "id" = ${sourceId}::uuid FOR SHARE`;
      const source = await tx.project.findFirst({
        where: { id: sourceId, ...readableBy(actor) },
        select: { id: true, slug: true, title: true, isolated: true },
      });
      if (!source) throw notFound();
      const fork = await tx.project.create({
        data: {
          slug,
          title: forkTitle,
          ownerId: userId,
          previewSecret: newPreviewSecret(),
          visibility: "UNLISTED",
          isolated: source.isolated,
          forkedFromId: source.id,
          forkedFromSlug: source.slug,
          forkedFromTitle: source.title,
        },
        select: summarySelect,
      });
      await copyDraftFiles(tx, source.id, fork.id);
      await quota.assertStorageAfterWrite();
      return withFiles(tx, actor, fork);
    }),
  );
}

/** The draft's file rows copied to another project by hash, in one statement: the bytes stay where they are. */
export function copyDraftFiles(tx: Prisma.TransactionClient, fromProjectId: string, toProjectId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "File" ("id", "projectId", "path", "hash", "size", "revision", "updatedAt")
    SELECT gen_random_uuid(), ${toProjectId}::uuid, "path", "hash", "size", 1, now()
    FROM "File" WHERE "projectId" = ${fromProjectId}::uuid`;
}
