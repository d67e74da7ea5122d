import "server-only";
import type { ProjectId } from "../../ids";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { DraftBefore, DraftChanges } from "./draft-writes";
import { secretPreviewLabel } from "./slug";

/*
 * Every query that depends on how file bytes are stored (File, VersionFile) for versions lives here.
 */

/**
 * The one statement that freezes the draft into a version: every File row of the project copied into
 * VersionFile in one INSERT … SELECT, so the copy is one consistent snapshot and never passes through Node.
 * Only hashes are copied: the version shares the draft's blobs. The caller holds the project row locked, so
 * no save can release one of those blobs (the orphan trigger) between this read and the insert.
 */
export async function copyDraftIntoVersion(tx: Prisma.TransactionClient, projectId: ProjectId, versionId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "VersionFile" ("versionId", "path", "hash")
    SELECT ${versionId}::uuid, f."path", f."hash"
    FROM "File" f
    WHERE f."projectId" = ${projectId}::uuid`;
}

/** A version's files with their bytes, by path, in one round trip; the caller has already found the version readable. */
export async function readVersionFiles(
  tx: Prisma.TransactionClient,
  versionId: string,
): Promise<{ path: string; content: Uint8Array<ArrayBuffer>; size: number }[]> {
  return tx.$queryRaw`
    SELECT vf."path", b."content", b."size" FROM "VersionFile" vf JOIN "Blob" b ON b."hash" = vf."hash"
    WHERE vf."versionId" = ${versionId}::uuid ORDER BY vf."path"`;
}

/**
 * What restoring a version changes in the draft: its files whose content differs (or that the draft lacks)
 * point the draft at the version's blobs, draft files the version lacks are deleted; files already equal are
 * left alone, so a merging save conflicts only with what the restore really changed. Hashes only: no bytes.
 */
export async function draftChangesToRestore(
  tx: Prisma.TransactionClient,
  projectId: ProjectId,
  versionId: string,
): Promise<{ changes: DraftChanges; before: DraftBefore }> {
  const wanted = await tx.$queryRaw<{ path: string; hash: string; size: number }[]>`
    SELECT vf."path", vf."hash", b."size" FROM "VersionFile" vf JOIN "Blob" b ON b."hash" = vf."hash"
    WHERE vf."versionId" = ${versionId}::uuid ORDER BY vf."path"`;
  const current = await tx.file.findMany({ where: { projectId }, select: { path: true, hash: true } });
  const draft = new Map(current.map((file) => [file.path, file.hash]));
  const kept = new Set(wanted.map((file) => file.path));
  return {
    changes: {
      upserts: wanted.filter((file) => draft.get(file.path) !== file.hash),
      deletes: current.map((file) => file.path).filter((path) => !kept.has(path)),
    },
    before: { files: new Set(draft.keys()) },
  };
}

/** Which version a preview request names: a number, or the newest one. */
export type VersionRef = number | "latest";

export type VersionPreviewFile = {
  projectId: string;
  isolated: boolean;
  /** The version served, or null when the project has no such version (or none at all, for `latest`). */
  version: number | null;
  /** null: no file at that path in that version. */
  file: { content: Uint8Array; size: number } | null;
};

type Row = { id: string; isolated: boolean; number: number | null; content: Uint8Array | null; size: number | null };

/**
 * One file of one version of the project a preview host names (the same host rules as the draft's
 * preview-files.ts: `p-<secret>` for a private project, its slug otherwise), in one round trip.
 */
export async function findVersionPreviewFile(label: string, ref: VersionRef, path: string): Promise<VersionPreviewFile | null> {
  const db = getDb();
  const project = secretPreviewLabel.test(label)
    ? Prisma.sql`p."previewSecret" = ${label.slice(2)} AND p."visibility" = 'PRIVATE'`
    : Prisma.sql`p."slug" = ${label} AND p."visibility" <> 'PRIVATE'`;
  // The newest version is the highest number; (projectId, number) is unique and indexed.
  const rows =
    ref === "latest"
      ? await db.$queryRaw<Row[]>`
          SELECT p."id", p."isolated", v."number", b."content", b."size"
          FROM "Project" p
          LEFT JOIN LATERAL (
            SELECT "id", "number" FROM "Version" WHERE "projectId" = p."id" ORDER BY "number" DESC LIMIT 1
          ) v ON true
          LEFT JOIN "VersionFile" vf ON vf."versionId" = v."id" AND vf."path" = ${path}
          LEFT JOIN "Blob" b ON b."hash" = vf."hash"
          WHERE ${project}`
      : await db.$queryRaw<Row[]>`
          SELECT p."id", p."isolated", v."number", b."content", b."size"
          FROM "Project" p
          LEFT JOIN "Version" v ON v."projectId" = p."id" AND v."number" = ${ref}
          LEFT JOIN "VersionFile" vf ON vf."versionId" = v."id" AND vf."path" = ${path}
          LEFT JOIN "Blob" b ON b."hash" = vf."hash"
          WHERE ${project}`;
  const row = rows[0];
  if (!row) return null;
  return {
    projectId: row.id,
    isolated: row.isolated,
    version: row.number,
    file: row.content === null || row.size === null ? null : { content: row.content, size: row.size },
  };
}
