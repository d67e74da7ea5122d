import "server-only";
import { loadConfig } from "../../config";
import type { AppConfig } from "../../config";
import type { ProjectId, ProjectSlug } from "../../ids";
import type { Actor } from "../auth/actor";
import type { Prisma } from "../generated/prisma/client";
import { isReadableBy, notFound } from "./access";
import type { FileOutput } from "./file-content";
import { previewOriginFor } from "./preview-origin";

/** The project's own columns a summary is made of; `summarize` adds what comes from other rows. */
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

export type SummaryRow = Prisma.ProjectGetPayload<{ select: typeof summarySelect }>;
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
  ownerName: string;
  /** How many projects were forked from this one (whoever owns them). */
  forkCount: number;
  /**
   * The project this one was forked from. `available`: it still exists and this reader may open it; then its
   * current slug and title, otherwise those it had when forked (a deleted source, or one made private).
   */
  forkedFrom: { slug: string; title: string; available: boolean } | null;
  /** The highest published version number, null before the first. */
  latestVersion: number | null;
};
export type ProjectWithFiles = ProjectSummary & { files: FileOutput[] };

type Related = {
  id: string;
  ownerName: string;
  forkCount: number;
  latestVersion: number | null;
  forkedFromSlug: string | null;
  forkedFromTitle: string | null;
  sourceSlug: string | null;
  sourceTitle: string | null;
  sourceVisibility: Visibility | null;
  sourceOwnerId: string | null;
};

/**
 * Summaries of `rows` as `actor` sees them, in their order, with one more round trip for all of them: the
 * owner's name, the source (joined), and per project an index lookup each for its forks and its newest
 * version. (Prisma's relation `_count` would aggregate every project's forks, and a nested `take: 1` reads
 * every version, on each call.)
 */
export async function summarize(db: Prisma.TransactionClient, actor: Actor, rows: readonly SummaryRow[]): Promise<ProjectSummary[]> {
  if (rows.length === 0) return [];
  const related = await db.$queryRaw<Related[]>`
    SELECT p."id", u."name" AS "ownerName", p."forkedFromSlug", p."forkedFromTitle",
      s."slug" AS "sourceSlug", s."title" AS "sourceTitle", s."visibility"::text AS "sourceVisibility", s."ownerId" AS "sourceOwnerId",
      (SELECT count(*)::int FROM "Project" f WHERE f."forkedFromId" = p."id") AS "forkCount",
      (SELECT max(v."number") FROM "Version" v WHERE v."projectId" = p."id") AS "latestVersion"
    FROM "Project" p
    JOIN "User" u ON u."id" = p."ownerId"
    LEFT JOIN "Project" s ON s."id" = p."forkedFromId"
    WHERE p."id" = ANY(${rows.map((row) => row.id)}::uuid[])`;
  const byId = new Map(related.map((entry) => [entry.id, entry]));
  // A project deleted between the read of its row and this one is gone: left out, as a read a moment later would.
  return rows.flatMap((row) => {
    const entry = byId.get(row.id);
    return entry ? [toSummary(actor, row, entry)] : [];
  });
}

export async function summarizeOne(db: Prisma.TransactionClient, actor: Actor, row: SummaryRow): Promise<ProjectSummary> {
  const [summary] = await summarize(db, actor, [row]);
  if (!summary) throw notFound();
  return summary;
}

/** Parsed once: a summary is made for every project a list returns. */
let config: AppConfig | undefined;

function toSummary(actor: Actor, { previewSecret, ownerId, ...row }: SummaryRow, related: Related): ProjectSummary {
  const source =
    related.sourceSlug !== null && related.sourceTitle !== null && related.sourceVisibility !== null && related.sourceOwnerId !== null
      ? { slug: related.sourceSlug, title: related.sourceTitle, visibility: related.sourceVisibility, ownerId: related.sourceOwnerId }
      : null;
  return {
    ...(row as typeof row & { id: ProjectId; slug: ProjectSlug }),
    visibility: row.visibility.toLowerCase() as Lowercase<Visibility>,
    previewOrigin: previewOriginFor({ ...row, previewSecret }, (config ??= loadConfig())),
    editable: actor.kind === "user" && actor.userId === ownerId,
    ownerName: related.ownerName,
    forkCount: related.forkCount,
    forkedFrom:
      source && isReadableBy(actor, source)
        ? { slug: source.slug, title: source.title, available: true }
        : related.forkedFromSlug !== null && related.forkedFromTitle !== null
          ? { slug: related.forkedFromSlug, title: related.forkedFromTitle, available: false }
          : null,
    latestVersion: related.latestVersion,
  };
}
