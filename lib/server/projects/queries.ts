import "server-only";
import { AppError } from "../../errors";
import type { ProjectId, ProjectSlug } from "../../ids";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { writeDraftChanges } from "./draft-writes";
import { decodeFiles, encodeFile } from "./file-content";
import type { FileOutput } from "./file-content";
import type { FileInput } from "./schemas";
import { isReservedSlug, slugFromTitle, withRandomSuffix } from "./slug";
import { announceProjectWritten } from "./write-events";

export const summarySelect = {
  id: true,
  slug: true,
  title: true,
  visibility: true,
  isolated: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.ProjectSelect;

type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof summarySelect }>;
export type ProjectSummary = Omit<SummaryRow, "id" | "slug"> & { id: ProjectId; slug: ProjectSlug };
export type ProjectWithFiles = ProjectSummary & { files: FileOutput[] };

export const toSummary = (row: SummaryRow): ProjectSummary => row as ProjectSummary;
export const notFound = (): AppError => new AppError("not_found", "No such project.");

export async function createProject(input: { title: string; slug?: ProjectSlug; files: FileInput[] }): Promise<ProjectWithFiles> {
  const files = decodeFiles(input.files);
  const base = input.slug ?? slugFromTitle(input.title);
  if (input.slug && isReservedSlug(input.slug)) throw new AppError("conflict", `The address ${input.slug} is reserved.`);
  // A title-derived slug that is taken gets a random suffix; an explicitly chosen one is the caller's to fix.
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 && !isReservedSlug(base) ? base : withRandomSuffix(base);
    try {
      const row = await getDb().project.create({
        data: { slug, title: input.title, files: { create: files } },
        select: { ...summarySelect, files: { orderBy: { path: "asc" } } },
      });
      return { ...toSummary(row), files: row.files.map(encodeFile) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (input.slug) throw new AppError("conflict", `The address ${input.slug} is taken.`);
      if (attempt === 4) throw new AppError("conflict", "Could not find a free address for this title.");
    }
  }
}

export async function listProjects(): Promise<ProjectSummary[]> {
  const rows = await getDb().project.findMany({ select: summarySelect, orderBy: { updatedAt: "desc" } });
  return rows.map(toSummary);
}

export async function getProject(id: ProjectId): Promise<ProjectWithFiles> {
  const row = await getDb().project.findUnique({
    where: { id },
    select: { ...summarySelect, files: { orderBy: { path: "asc" } } },
  });
  if (!row) throw notFound();
  return { ...toSummary(row), files: row.files.map(encodeFile) };
}

/**
 * Replaces the draft's files. `revision` is the one the caller last saw: a stale one is a 409, never an overwrite.
 * Only files whose bytes differ are written (and deletions recorded), so a merging save from another tab
 * (save-changes.ts) conflicts only with files this one really changed.
 */
export async function updateProjectFiles(id: ProjectId, revision: number, inputs: FileInput[]): Promise<ProjectSummary> {
  const files = decodeFiles(inputs);
  const summary = await getDb().$transaction(async (tx) => {
    await claimRevision(tx, id, revision, {});
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
    return toSummary(await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array): boolean {
  return a !== undefined && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

export type ProjectSettings = { title?: string; isolated?: boolean };

/** Rename and the isolation switch. Without `revision` the change applies to whatever is current. */
export async function updateProjectSettings(id: ProjectId, settings: ProjectSettings, revision?: number): Promise<ProjectSummary> {
  const summary = await getDb().$transaction(async (tx) => {
    await claimRevision(tx, id, revision, settings);
    return toSummary(await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
  announceProjectWritten(id);
  return summary;
}

/** Deletes the project; its files and versions go with it (ON DELETE CASCADE). */
export async function deleteProject(id: ProjectId): Promise<void> {
  const { count } = await getDb().project.deleteMany({ where: { id } });
  if (count === 0) throw notFound();
  announceProjectWritten(id);
}

/**
 * Every write goes through here: one conditional UPDATE bumps the revision (and applies `data`) only if
 * the caller's revision is still current, so two writers can never both win.
 */
async function claimRevision(
  tx: Prisma.TransactionClient,
  id: ProjectId,
  expected: number | undefined,
  data: Prisma.ProjectUpdateManyMutationInput,
): Promise<void> {
  const where = expected === undefined ? { id } : { id, revision: expected };
  const { count } = await tx.project.updateMany({ where, data: { ...data, revision: { increment: 1 } } });
  if (count === 1) return;
  const current = await tx.project.findUnique({ where: { id }, select: { revision: true } });
  if (!current) throw notFound();
  throw new AppError("conflict", "The project changed since you loaded it.", { currentRevision: current.revision });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
