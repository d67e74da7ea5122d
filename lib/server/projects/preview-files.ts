import "server-only";
import { getDb } from "../db";
import { secretPreviewLabel } from "./slug";

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
 * One draft file of the project a preview host names, or null when it names none that is served there:
 * `p-<secret>` is a private project's capability host; any other label is a slug, served only while the
 * project is public or unlisted. On the preview hot path, so it is one indexed round trip (slug and secret
 * unique, (projectId, path) unique, the blob by its key) instead of Prisma's two queries.
 */
export async function findPreviewFile(label: string, path: string): Promise<PreviewFile | null> {
  const db = getDb();
  const rows = secretPreviewLabel.test(label)
    ? await db.$queryRaw<PreviewRow[]>`
        SELECT p."id", p."isolated", p."revision", b."content", b."size"
        FROM "Project" p
        LEFT JOIN "File" f ON f."projectId" = p."id" AND f."path" = ${path}
        LEFT JOIN "Blob" b ON b."hash" = f."hash"
        WHERE p."previewSecret" = ${label.slice(2)} AND p."visibility" = 'PRIVATE'`
    : await db.$queryRaw<PreviewRow[]>`
        SELECT p."id", p."isolated", p."revision", b."content", b."size"
        FROM "Project" p
        LEFT JOIN "File" f ON f."projectId" = p."id" AND f."path" = ${path}
        LEFT JOIN "Blob" b ON b."hash" = f."hash"
        WHERE p."slug" = ${label} AND p."visibility" <> 'PRIVATE'`;
  const row = rows[0];
  if (!row) return null;
  return {
    projectId: row.id,
    isolated: row.isolated,
    revision: row.revision,
    file: row.content === null || row.size === null ? null : { content: row.content, size: row.size },
  };
}
