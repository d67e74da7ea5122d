import "server-only";
import { anonymous } from "../auth/actor";
import type { ProjectId, ProjectSlug } from "../../ids";
import type { FileOutput } from "../projects/file-content";
import { getDraftFiles, getProjectSummaryBySlug } from "../projects/queries";
import { getVersionFiles, hasVersion, noSuchVersion } from "../projects/versions";

export type EmbedProject = {
  id: ProjectId;
  slug: ProjectSlug;
  title: string;
  ownerName: string;
  isolated: boolean;
  /** The origin serving the draft; a version is under `/v/<n>/` there. */
  previewOrigin: string;
  version: number | null;
};

/**
 * A project as an embed names it, without its files (an embed showing only the preview, and oEmbed, need
 * none). Always read as a signed-out visitor: an embed sits on someone else's page (where the app's SameSite
 * cookie is not sent anyway), so a private project is not found, even for its owner, and what an embed shows
 * never depends on who happens to look at it. `version`: that version, 404 when there is no such version;
 * else the draft.
 */
export async function getEmbedProject(slug: ProjectSlug, version: number | undefined): Promise<EmbedProject> {
  const project = await getProjectSummaryBySlug(anonymous, slug);
  if (version !== undefined && !hasVersion(project, version)) throw noSuchVersion(version);
  return {
    id: project.id,
    slug: project.slug,
    title: project.title,
    ownerName: project.ownerName,
    isolated: project.isolated,
    previewOrigin: project.previewOrigin,
    version: version ?? null,
  };
}

/** The files an embed's code view shows: the version's, or the draft's. */
export async function getEmbedFiles(project: EmbedProject): Promise<FileOutput[]> {
  return project.version === null ? getDraftFiles(project) : (await getVersionFiles(anonymous, project.id, project.version)).files;
}
