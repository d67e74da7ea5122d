import "server-only";
import { AppError } from "../../errors";
import type { ProjectId, ProjectSlug } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { storeBlobs } from "./blobs";
import { writeDraftChanges } from "./draft-writes";
import { decodeFiles, readDraftFiles } from "./file-content";
import type { FileOutput } from "./file-content";
import type { FileInput } from "./schemas";
import { notFound, readableBy, requireUser, writableBy } from "./access";
import { newPreviewSecret } from "./preview-origin";
import { summarize, summarizeOne, summarySelect } from "./summaries";
import type { ProjectSummary, ProjectWithFiles, SummaryRow, Visibility } from "./summaries";
import { slugFromTitle, withRandomSuffix } from "./slug";
import { announceProjectWritten } from "./write-events";
import { lockQuota } from "./quota";

export type { ProjectSummary, ProjectWithFiles, Visibility } from "./summaries";

/** The project and its draft files, as every read of one project returns it. */
export async function withFiles(db: Prisma.TransactionClient, actor: Actor, row: SummaryRow): Promise<ProjectWithFiles> {
  return { ...(await summarizeOne(db, actor, row)), files: await readDraftFiles(db, row.id) };
}

export type NewProject = { title: string; slugPrefix?: ProjectSlug; visibility?: Visibility; isolated?: boolean; files: FileInput[] };

/** A new project owned by `actor`; its address is the chosen prefix (else the title's) plus a random part. */
export async function createProject(actor: Actor, input: NewProject): Promise<ProjectWithFiles> {
  return withFreeSlug(input.slugPrefix ?? slugFromTitle(input.title), (slug) => insertProject(actor, slug, input));
}

/**
 * A new project at exactly `slug`, or a conflict when that is taken: only for the platform's own demo project
 * (seed.ts), whose well-known host no person can choose since every person's slug has a random part.
 */
export async function createProjectAt(actor: Actor, slug: ProjectSlug, input: Omit<NewProject, "slugPrefix">): Promise<ProjectWithFiles> {
  try {
    return await insertProject(actor, slug, input);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", `The address ${slug} is taken.`);
    throw error;
  }
}

async function insertProject(actor: Actor, slug: ProjectSlug, input: NewProject): Promise<ProjectWithFiles> {
  const { userId: ownerId } = requireUser(actor);
  const files = decodeFiles(input.files);
  return getDb().$transaction(async (tx) => {
    const quota = await lockQuota(tx, ownerId);
    quota.assertRoomForProject();
    await storeBlobs(tx, files);
    const row = await tx.project.create({
      data: {
        slug,
        title: input.title,
        ownerId,
        previewSecret: newPreviewSecret(),
        ...(input.visibility ? { visibility: input.visibility } : {}),
        ...(input.isolated === undefined ? {} : { isolated: input.isolated }),
        files: { create: files.map(({ path, hash, size }) => ({ path, hash, size })) },
      },
      select: summarySelect,
    });
    await quota.assertStorageAfterWrite();
    return withFiles(tx, actor, row);
  });
}

/**
 * Runs `create` with `prefix` plus a random part, retried with another random part when that clashes: the
 * caller never learns which addresses other projects hold.
 */
export async function withFreeSlug<T>(prefix: ProjectSlug, create: (slug: ProjectSlug) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(withRandomSuffix(prefix));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt === 4) throw new AppError("conflict", "Could not find a free address for this project; try again.");
    }
  }
}

/** The actor's own projects, newest change first (a signed-out visitor has none). */
export async function listOwnProjects(actor: Actor): Promise<ProjectSummary[]> {
  if (actor.kind === "anonymous") return [];
  const rows = await getDb().project.findMany({
    where: { ownerId: actor.userId },
    select: summarySelect,
    orderBy: { updatedAt: "desc" },
  });
  return summarize(getDb(), actor, rows);
}

export async function getProject(actor: Actor, id: ProjectId): Promise<ProjectWithFiles> {
  const db = getDb();
  const row = await findReadableRow(actor, { id });
  const [summary, files] = await Promise.all([summarizeOne(db, actor, row), readDraftFiles(db, row.id)]);
  return { ...summary, files };
}

/** The project at `slug` as `actor` may read it, without its files: what a page's title and headers need. */
export async function getProjectSummaryBySlug(actor: Actor, slug: ProjectSlug): Promise<ProjectSummary> {
  return summarizeOne(getDb(), actor, await findReadableRow(actor, { slug }));
}

/**
 * The draft's files of a project the caller got from one of the reads here, which found it readable by the
 * actor asking: a summary is never made for a project its reader may not read.
 */
export function getDraftFiles(project: Pick<ProjectSummary, "id">): Promise<FileOutput[]> {
  return readDraftFiles(getDb(), project.id);
}

async function findReadableRow(actor: Actor, where: Prisma.ProjectWhereInput): Promise<SummaryRow> {
  const row = await getDb().project.findFirst({ where: { ...where, AND: [readableBy(actor)] }, select: summarySelect });
  if (!row) throw notFound();
  return row;
}

/**
 * Replaces the draft's files. `revision` is the one the caller last saw: a stale one is a 409, never an overwrite.
 * Only files whose bytes differ are written (and deletions recorded), so a merging save from another tab
 * (save-changes.ts) conflicts only with files this one really changed.
 */
export async function updateProjectFiles(actor: Actor, id: ProjectId, revision: number, inputs: FileInput[]): Promise<ProjectSummary> {
  const { userId } = requireUser(actor);
  const files = decodeFiles(inputs);
  const summary = await getDb().$transaction(async (tx) => {
    const quota = await lockQuota(tx, userId);
    await claimRevision(tx, actor, id, revision, {});
    const current = await tx.file.findMany({ where: { projectId: id }, select: { path: true, hash: true } });
    const before = new Map(current.map((file) => [file.path, file.hash]));
    const wanted = new Set(files.map((file) => file.path));
    await writeDraftChanges(
      tx,
      id,
      revision + 1,
      {
        upserts: files.filter((file) => before.get(file.path) !== file.hash),
        deletes: current.map((file) => file.path).filter((path) => !wanted.has(path)),
      },
      { files: new Set(before.keys()) },
    );
    await quota.assertStorageAfterWrite();
    return summarizeOne(tx, actor, await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

export type ProjectSettings = { title?: string; isolated?: boolean; visibility?: Visibility; rotatePreviewSecret?: boolean };

/**
 * Title, visibility, the isolation switch, and a new private-preview secret (the old host stops answering).
 * Without `revision` the change applies to whatever is current.
 */
export async function updateProjectSettings(
  actor: Actor,
  id: ProjectId,
  { rotatePreviewSecret, ...settings }: ProjectSettings,
  revision?: number,
): Promise<ProjectSummary> {
  const data = { ...settings, ...(rotatePreviewSecret ? { previewSecret: newPreviewSecret() } : {}) };
  const summary = await getDb().$transaction(async (tx) => {
    await claimRevision(tx, actor, id, revision, data);
    return summarizeOne(tx, actor, await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

/**
 * Deletes the project; its files and versions go with it (ON DELETE CASCADE), and with them the blobs nothing
 * else references (trigger). Its forks stay, "forked from" kept by their snapshot of its slug and title.
 */
export async function deleteProject(actor: Actor, id: ProjectId): Promise<void> {
  const { count } = await getDb().project.deleteMany({ where: { id, ...writableBy(actor) } });
  if (count === 0) throw notFound();
  announceProjectWritten(id);
}

/**
 * Every write goes through here: one conditional UPDATE bumps the revision (and applies `data`) only if
 * the caller's revision is still current, so two writers can never both win.
 */
export async function claimRevision(
  tx: Prisma.TransactionClient,
  actor: Actor,
  id: ProjectId,
  expected: number | undefined,
  data: Prisma.ProjectUpdateManyMutationInput,
): Promise<void> {
  const owned = { id, ...writableBy(actor) };
  const where = expected === undefined ? owned : { ...owned, revision: expected };
  const { count } = await tx.project.updateMany({ where, data: { ...data, revision: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.project.findFirst({ where: owned, select: { revision: true } });
  if (!current) throw notFound();
  throw new AppError("conflict", "The project changed since you loaded it.", { currentRevision: current.revision });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
