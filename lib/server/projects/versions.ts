import "server-only";
import { AppError } from "../../errors";
import type { ProjectId } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { notFound, readableBy, requireUser, writableBy } from "./access";
import { writeDraftChanges } from "./draft-writes";
import { encodeFile } from "./file-content";
import type { FileOutput } from "./file-content";
import { claimRevision, getProject } from "./queries";
import type { ProjectWithFiles } from "./queries";
import { copyDraftIntoVersion, draftChangesToRestore, readVersionFiles } from "./version-files";
import { announceProjectWritten } from "./write-events";

/** A published version as every reader of the project sees it. */
export type VersionSummary = { number: number; message: string | null; authorName: string; createdAt: string; fileCount: number };
export type VersionWithFiles = VersionSummary & { files: FileOutput[] };

const summarySelect = {
  id: true,
  number: true,
  message: true,
  authorName: true,
  createdAt: true,
  _count: { select: { files: true } },
} as const satisfies Prisma.VersionSelect;

type SummaryRow = Prisma.VersionGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): VersionSummary {
  return {
    number: row.number,
    message: row.message,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
    fileCount: row._count.files,
  };
}

/** Versions are numbered 1, 2, … and deleted only with their project, so version n exists up to the latest. */
export function hasVersion(project: { latestVersion: number | null }, number: number): boolean {
  return number >= 1 && number <= (project.latestVersion ?? 0);
}

export function noSuchVersion(number: number | string): AppError {
  return new AppError("not_found", `This project has no version ${number}.`);
}

/**
 * Freezes the draft as the project's next version (1, 2, …). The project row is locked first, so
 * concurrent publishes (and saves, which update that row) run one after another: each numbers after the
 * last committed version, and the copy sees a whole save or none of it. The draft's revision is left as
 * it is: publishing changes no file, so an open editor's next save still applies.
 */
export async function publishVersion(actor: Actor, projectId: ProjectId, { message }: { message?: string | undefined }): Promise<VersionSummary> {
  const author = requireUser(actor);
  const summary = await getDb().$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Project" WHERE "id" = ${projectId}::uuid AND "ownerId" = ${author.userId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw notFound();
    const last = await tx.version.aggregate({ where: { projectId }, _max: { number: true } });
    const version = await tx.version.create({
      data: {
        projectId,
        number: (last._max.number ?? 0) + 1,
        message: message ?? null,
        authorId: author.userId,
        authorName: author.name,
      },
      select: { id: true },
    });
    await copyDraftIntoVersion(tx, projectId, version.id);
    return toSummary(await tx.version.findUniqueOrThrow({ where: { id: version.id }, select: summarySelect }));
  });
  // `/latest/` now names this version.
  announceProjectWritten(projectId);
  return summary;
}

/** The project's versions, newest first; 404 when the actor may not read the project. */
export async function listVersions(actor: Actor, projectId: ProjectId): Promise<VersionSummary[]> {
  const project = await getDb().project.findFirst({
    where: { id: projectId, ...readableBy(actor) },
    select: { versions: { select: summarySelect, orderBy: { number: "desc" } } },
  });
  if (!project) throw notFound();
  return project.versions.map(toSummary);
}

/** Version `number` with its files, as the API sends files. */
export async function getVersionFiles(actor: Actor, projectId: ProjectId, number: number): Promise<VersionWithFiles> {
  return getDb().$transaction(async (tx) => {
    const version = await findReadableVersion(tx, actor, projectId, number);
    const files = await readVersionFiles(tx, version.id);
    return { ...toSummary(version), files: files.map(encodeFile) };
  });
}

/**
 * Makes the draft what version `number` was, as a new draft revision: changed and missing files are
 * written, files the version lacks are deleted, through the same change record as every save (so a
 * merging save from another tab conflicts exactly on the files the restore touched). Versions stay as
 * they are. `revision` is the draft revision the caller saw; a stale one is a 409.
 */
export async function restoreVersion(actor: Actor, projectId: ProjectId, number: number, revision: number): Promise<ProjectWithFiles> {
  requireUser(actor);
  await getDb().$transaction(async (tx) => {
    const version = await tx.version.findFirst({ where: { projectId, number, project: writableBy(actor) }, select: { id: true } });
    if (!version) {
      const writable = await tx.project.count({ where: { id: projectId, ...writableBy(actor) } });
      throw writable === 0 ? notFound() : noSuchVersion(number);
    }
    await claimRevision(tx, actor, projectId, revision, {});
    const { changes, before } = await draftChangesToRestore(tx, projectId, version.id);
    await writeDraftChanges(tx, projectId, revision + 1, changes, before);
  });
  announceProjectWritten(projectId);
  return getProject(actor, projectId);
}

async function findReadableVersion(tx: Prisma.TransactionClient, actor: Actor, projectId: ProjectId, number: number): Promise<SummaryRow> {
  const version = await tx.version.findFirst({ where: { projectId, number, project: readableBy(actor) }, select: summarySelect });
  if (version) return version;
  const readable = await tx.project.count({ where: { id: projectId, ...readableBy(actor) } });
  throw readable === 0 ? notFound() : noSuchVersion(number);
}
