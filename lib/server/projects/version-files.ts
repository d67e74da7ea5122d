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
 */
export async function copyDraftIntoVersion(tx: Prisma.TransactionClient, projectId: ProjectId, versionId: string): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "VersionFile" ("versionId", "path", "content", "size")
    SELECT ${versionId}::uuid, f."path", f."content", f."size"
    FROM "File" f
    WHERE f."projectId" = ${projectId}::uuid`;
}

/** A version's files with their bytes, by path; the caller has already found the version readable. */
export async function readVersionFiles(
  tx: Prisma.TransactionClient,
  versionId: string,
): Promise<{ path: string; content: Uint8Array<ArrayBuffer>; size: number }[]> {
  return tx.versionFile.findMany({ where: { versionId }, select: { path: true, content: true, size: true }, orderBy: { path: "asc" } });
}

/**
 * What restoring a version changes in the draft: its files whose bytes differ (or that the draft lacks)
 * are written, draft files the version lacks are deleted; files already equal are left alone, so a merging
 * save conflicts only with what the restore really changed.
 */
export async function draftChangesToRestore(
  tx: Prisma.TransactionClient,
  projectId: ProjectId,
  versionId: string,
): Promise<{ changes: DraftChanges; before: DraftBefore }> {
  const wanted = await readVersionFiles(tx, versionId);
  const current = await tx.file.findMany({ where: { projectId }, select: { path: true, content: true } });
  const draft = new Map(current.map((file) => [file.path, file.content]));
  const kept = new Set(wanted.map((file) => file.path));
  return {
    changes: {
      upserts: wanted.filter((file) => !sameBytes(draft.get(file.path), file.content)),
      deletes: current.map((file) => file.path).filter((path) => !kept.has(path)),
    },
    before: { files: new Set(draft.keys()) },
  };
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
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
          SELECT p."id", p."isolated", v."number", vf."content", vf."size"
          FROM "Project" p
          LEFT JOIN LATERAL (
            SELECT "id", "number" FROM "Version" WHERE "projectId" = p."id" ORDER BY "number" DESC LIMIT 1
          ) v ON true
          LEFT JOIN "VersionFile" vf ON vf."versionId" = v."id" AND vf."path" = ${path}
          WHERE ${project}`
      : await db.$queryRaw<Row[]>`
          SELECT p."id", p."isolated", v."number", vf."content", vf."size"
          FROM "Project" p
          LEFT JOIN "Version" v ON v."projectId" = p."id" AND v."number" = ${ref}
          LEFT JOIN "VersionFile" vf ON vf."versionId" = v."id" AND vf."path" = ${path}
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
