import "server-only";
import { loadConfig } from "../../config";
import type { AppConfig } from "../../config";
import { AppError } from "../../errors";
import type { ProjectId, ProjectSlug } from "../../ids";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { writeDraftChanges } from "./draft-writes";
import { decodeFiles, encodeFile } from "./file-content";
import type { FileOutput } from "./file-content";
import type { FileInput } from "./schemas";
import { notFound, readableBy, requireUser, writableBy } from "./access";
import { newPreviewSecret, previewOriginFor } from "./preview-origin";
import { isReservedSlug, slugFromTitle, withRandomSuffix } from "./slug";
import { announceProjectWritten } from "./write-events";

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  visibility: true,
  previewSecret: true,
  ownerId: true,
  isolated: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ProjectSelect;

type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof summarySelect }>;
export type Visibility = SummaryRow["visibility"];
/** A project as its reader sees it: the preview secret never leaves the server, only the origin it makes. */
export type ProjectSummary = Omit<SummaryRow, "id" | "slug" | "previewSecret" | "ownerId" | "visibility"> & {
  id: ProjectId;
  slug: ProjectSlug;
  visibility: Lowercase<Visibility>;
  /** Where this reader finds the running project (the secret host, for the owner of a private one). */
  previewOrigin: string;
  /** Whether the reader may change it. */
  editable: boolean;
};
export type ProjectWithFiles = ProjectSummary & { files: FileOutput[] };

/** Parsed once: a summary is made for every project a list returns. */
let config: AppConfig | undefined;

export function toSummary(actor: Actor, { previewSecret, ownerId, ...row }: SummaryRow): ProjectSummary {
  const editable = actor.kind === "user" && actor.userId === ownerId;
  return {
    ...(row as Omit<SummaryRow, "previewSecret" | "ownerId"> & { id: ProjectId; slug: ProjectSlug }),
    visibility: row.visibility.toLowerCase() as Lowercase<Visibility>,
    previewOrigin: previewOriginFor({ ...row, previewSecret }, (config ??= loadConfig())),
    editable,
  };
}

export type NewProject = { title: string; slug?: ProjectSlug; visibility?: Visibility; isolated?: boolean; files: FileInput[] };

/** A new project owned by `actor`; its address is the title plus a random part unless a slug is chosen. */
export async function createProject(actor: Actor, input: NewProject): Promise<ProjectWithFiles> {
  const { userId: ownerId } = requireUser(actor);
  const files = decodeFiles(input.files);
  const base = input.slug ?? slugFromTitle(input.title);
  if (input.slug && isReservedSlug(input.slug)) throw new AppError("conflict", `The address ${input.slug} is reserved.`);
  // An explicitly chosen slug that is taken is the caller's to fix; a random suffix clashing is retried.
  for (let attempt = 0; ; attempt++) {
    const slug = input.slug ?? withRandomSuffix(base);
    try {
      const row = await getDb().project.create({
        data: {
          slug,
          title: input.title,
          ownerId,
          previewSecret: newPreviewSecret(),
          ...(input.visibility ? { visibility: input.visibility } : {}),
          ...(input.isolated === undefined ? {} : { isolated: input.isolated }),
          files: { create: files },
        },
        select: { ...summarySelect, files: { orderBy: { path: "asc" } } },
      });
      return { ...toSummary(actor, row), files: row.files.map(encodeFile) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (input.slug) throw new AppError("conflict", `The address ${input.slug} is taken.`);
      if (attempt === 4) throw new AppError("conflict", "Could not find a free address for this title.");
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
  return rows.map((row) => toSummary(actor, row));
}

export async function getProject(actor: Actor, id: ProjectId): Promise<ProjectWithFiles> {
  return findProject(actor, { id });
}

export async function getProjectBySlug(actor: Actor, slug: ProjectSlug): Promise<ProjectWithFiles> {
  return findProject(actor, { slug });
}

async function findProject(actor: Actor, where: Prisma.ProjectWhereInput): Promise<ProjectWithFiles> {
  const row = await getDb().project.findFirst({
    where: { ...where, AND: [readableBy(actor)] },
    select: { ...summarySelect, files: { orderBy: { path: "asc" } } },
  });
  if (!row) throw notFound();
  return { ...toSummary(actor, row), files: row.files.map(encodeFile) };
}

/**
 * Replaces the draft's files. `revision` is the one the caller last saw: a stale one is a 409, never an overwrite.
 * Only files whose bytes differ are written (and deletions recorded), so a merging save from another tab
 * (save-changes.ts) conflicts only with files this one really changed.
 */
export async function updateProjectFiles(actor: Actor, id: ProjectId, revision: number, inputs: FileInput[]): Promise<ProjectSummary> {
  const files = decodeFiles(inputs);
  const summary = await getDb().$transaction(async (tx) => {
    await claimRevision(tx, actor, id, revision, {});
    const current = await tx.file.findMany({ where: { projectId: id }, select: { path: true, content: true } });
    const before = new Map(current.map((file) => [file.path, file.content]));
    const wanted = new Set(files.map((file) => file.path));
    await writeDraftChanges(
      tx,
      id,
      revision + 1,
      {
        upserts: files.filter((file) => !sameBytes(before.get(file.path), file.content)),
        deletes: current.map((file) => file.path).filter((path) => !wanted.has(path)),
      },
      { files: new Set(before.keys()) },
    );
    return toSummary(actor, await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
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
    return toSummary(actor, await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

/** Deletes the project; its files and versions go with it (ON DELETE CASCADE). */
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
