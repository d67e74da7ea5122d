import "server-only";
import { getDb } from "../db";

export type PreviewFile = {
  projectId: string;
  isolated: boolean;
  revision: number;
  /** null: the project exists but has no file at that path. */
  file: { content: Uint8Array; size: number } | null;
};

type PreviewRow = {
  id: string;
  isolated: boolean;
  revision: number;
  content: Uint8Array | null;
  size: number | null;
};

/**
 * One draft file of a project by slug, or null when there is no such project. On the preview hot path,
 * so it is one indexed round trip (slug unique, (projectId, path) unique) instead of Prisma's two queries.
 */
export async function findPreviewFile(slug: string, path: string): Promise<PreviewFile | null> {
  const rows = await getDb().$queryRaw<PreviewRow[]>`
    SELECT p."id", p."isolated", p."revision", f."content", f."size"
    FROM "Project" p
    LEFT JOIN "File" f ON f."projectId" = p."id" AND f."path" = ${path}
    WHERE p."slug" = ${slug}`;
  const row = rows[0];
  if (!row) return null;
  return {
    projectId: row.id,
    isolated: row.isolated,
    revision: row.revision,
    file: row.content === null || row.size === null ? null : { content: row.content, size: row.size },
  };
}
