import "server-only";
import { anonymous } from "../auth/actor";
import type { ProjectSlug } from "../../ids";
import type { FileOutput } from "../projects/file-content";
import { getProjectBySlug } from "../projects/queries";
import { getVersionFiles } from "../projects/versions";

export type EmbedProject = {
  slug: ProjectSlug;
  title: string;
  ownerName: string;
  isolated: boolean;
  /** The origin serving the draft; a version is under `/v/<n>/` there. */
  previewOrigin: string;
  version: number | null;
  files: FileOutput[];
};

/**
 * A project as an embed shows it. Always read as a signed-out visitor: an embed sits on someone else's page
 * (where the app's SameSite cookie is not sent anyway), so a private project is not found, even for its
 * owner, and what an embed shows never depends on who happens to look at it. `version`: that version's files
 * (404 when there is no such version), else the draft's.
 */
export async function getEmbedProject(slug: ProjectSlug, version: number | undefined): Promise<EmbedProject> {
  const project = await getProjectBySlug(anonymous, slug);
  const files = version === undefined ? project.files : (await getVersionFiles(anonymous, project.id, version)).files;
  return {
    slug: project.slug,
    title: project.title,
    ownerName: project.ownerName,
    isolated: project.isolated,
    previewOrigin: project.previewOrigin,
    version: version ?? null,
    files,
  };
}
