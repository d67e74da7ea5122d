import "server-only";
import { randomBytes } from "node:crypto";
import type { AppConfig } from "../../config";

/** 128 random bits as 32 hex digits: the capability that serves a private project's preview. */
export function newPreviewSecret(): string {
  return randomBytes(16).toString("hex");
}

type PreviewTarget = { slug: string; visibility: "PRIVATE" | "UNLISTED" | "PUBLIC"; previewSecret: string };

/**
 * Where a project's preview is served. Public and unlisted projects answer on their slug's host; a private
 * one only on its secret host, which only its owner is ever given (see lib/server/preview/host.ts). Call it
 * only for a project the caller may read: for anyone but the owner a private project is not found.
 */
export function previewOriginFor(project: PreviewTarget, config: Pick<AppConfig, "appOrigin" | "previewDomain">): string {
  const protocol = new URL(config.appOrigin).protocol;
  const label = project.visibility === "PRIVATE" ? `p-${project.previewSecret}` : project.slug;
  return `${protocol}//${label}.${config.previewDomain}`;
}
