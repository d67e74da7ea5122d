import "server-only";
import { AppError } from "../../errors";
import type { ProjectId, ProjectSlug } from "../../ids";
import { getDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import { decodeFiles, encodeFile } from "./file-content";
import type { FileOutput } from "./file-content";
import type { FileInput } from "./schemas";
import { isReservedSlug, slugFromTitle, withRandomSuffix } from "./slug";

const summarySelect = {
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

const toSummary = (row: SummaryRow): ProjectSummary => row as ProjectSummary;
const notFound = (): AppError => new AppError("not_found", "No such project.");

export type NewProject = { title: string; slug?: ProjectSlug; files: FileInput[]; isolated?: boolean };

export async function createProject(input: NewProject): Promise<ProjectWithFiles> {
  const files = decodeFiles(input.files);
  const base = input.slug ?? slugFromTitle(input.title);
  if (input.slug && isReservedSlug(input.slug)) throw new AppError("conflict", `The address ${input.slug} is reserved.`);
  // A title-derived slug that is taken gets a random suffix; an explicitly chosen one is the caller's to fix.
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 && !isReservedSlug(base) ? base : withRandomSuffix(base);
    try {
      const row = await getDb().project.create({
        data: { slug, title: input.title, isolated: input.isolated, files: { create: files } },
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

/** Replaces the draft's files. `revision` is the one the caller last saw: a stale one is a 409, never an overwrite. */
export async function updateProjectFiles(id: ProjectId, revision: number, inputs: FileInput[]): Promise<ProjectSummary> {
  const files = decodeFiles(inputs);
  return getDb().$transaction(async (tx) => {
    await claimRevision(tx, id, revision, {});
    await tx.file.deleteMany({ where: { projectId: id } });
    await tx.file.createMany({ data: files.map((file) => ({ ...file, projectId: id })) });
    return toSummary(await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
}

export type ProjectSettings = { title?: string; isolated?: boolean };

/** Rename and the isolation switch. Without `revision` the change applies to whatever is current. */
export async function updateProjectSettings(id: ProjectId, settings: ProjectSettings, revision?: number): Promise<ProjectSummary> {
  return getDb().$transaction(async (tx) => {
    await claimRevision(tx, id, revision, settings);
    return toSummary(await tx.project.findUniqueOrThrow({ where: { id }, select: summarySelect }));
  });
}

/** Deletes the project; its files and versions go with it (ON DELETE CASCADE). */
export async function deleteProject(id: ProjectId): Promise<void> {
  const { count } = await getDb().project.deleteMany({ where: { id } });
  if (count === 0) throw notFound();
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
