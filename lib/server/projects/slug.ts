import "server-only";
import { randomBytes } from "node:crypto";
import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";

/** Preview hosts the platform itself uses: `runtime.<previewDomain>` serves the shared runtime files. */
const reservedSlugs: ReadonlySet<string> = new Set(["runtime", "www", "app", "api", "static", "assets"]);

export function isReservedSlug(slug: ProjectSlug): boolean {
  return reservedSlugs.has(slug);
}

/** Room for a `-xxxxx` suffix within one 63-character DNS label. */
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

/** The slug with a random suffix, for when the plain one is taken. */
export function withRandomSuffix(slug: ProjectSlug): ProjectSlug {
  const suffix = randomBytes(4).readUInt32BE(0).toString(36).padStart(6, "0").slice(0, 6);
  return projectSlugSchema.parse(`${slug}-${suffix}`);
}
