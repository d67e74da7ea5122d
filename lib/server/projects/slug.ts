import "server-only";
import { randomBytes } from "node:crypto";
import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";

/** Preview hosts the platform itself uses: `runtime.<previewDomain>` serves the shared runtime files. */
const reservedSlugs: ReadonlySet<string> = new Set(["runtime", "www", "app", "api", "static", "assets"]);

/** Private previews are served on `p-<32 hex digits>` hosts (preview-origin.ts): no slug may look like one. */
export const secretPreviewLabel = /^p-[0-9a-f]{32}$/;

export function isReservedSlug(slug: ProjectSlug): boolean {
  return reservedSlugs.has(slug) || secretPreviewLabel.test(slug);
}

/** Room for a `-xxxxxxxx` suffix within one 63-character DNS label. */
const baseLength = 40;

/** A DNS-label slug from a title: "Héllo, World!" -> "hello-world". */
export function slugFromTitle(title: string): ProjectSlug {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, baseLength)
    .replace(/^-+|-+$/g, "");
  return projectSlugSchema.parse(base || "project");
}

/**
 * The slug with a random suffix of 8 base-36 characters (about 41 bits), so preview hosts cannot be
 * enumerated from titles: every project made from a title gets one.
 */
export function withRandomSuffix(slug: ProjectSlug): ProjectSlug {
  const value = randomBytes(6).readUIntBE(0, 6);
  const suffix = value.toString(36).padStart(8, "0").slice(-8);
  return projectSlugSchema.parse(`${slug}-${suffix}`);
}
