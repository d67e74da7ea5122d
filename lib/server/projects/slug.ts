import "server-only";
import { randomBytes } from "node:crypto";
import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";

/**
 * Private previews are served on `p-<32 hex digits>` hosts (preview-origin.ts). No slug made here looks like
 * one, nor like the platform's own hosts (`runtime`): every slug ends in `-` and a random part.
 */
export const secretPreviewLabel = /^p-[0-9a-f]{32}$/;

/** Room for a `-xxxxxxxx` suffix within one 63-character DNS label. */
export const slugPrefixLength = 40;

/** A DNS-label slug from a title: "Héllo, World!" -> "hello-world". */
export function slugFromTitle(title: string): ProjectSlug {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, slugPrefixLength)
    .replace(/^-+|-+$/g, "");
  return projectSlugSchema.parse(base || "project");
}

/**
 * The prefix (from the title, or the owner's choice) with a random suffix of 8 base-36 characters (about
 * 41 bits). Every project gets one, so preview hosts cannot be enumerated from titles, nobody can claim a
 * host that reads like a brand (`bank-login` becomes `bank-login-x7k2q0m1`), a clash says nothing about
 * anyone else's project (another suffix is drawn), and a deleted project's host cannot be taken over: the
 * server draws the suffix, so a new project lands on that host only by a 1-in-2^41 chance per creation.
 */
export function withRandomSuffix(slug: ProjectSlug): ProjectSlug {
  const value = randomBytes(6).readUIntBE(0, 6);
  const suffix = value.toString(36).padStart(8, "0").slice(-8);
  return projectSlugSchema.parse(`${slug}-${suffix}`);
}
