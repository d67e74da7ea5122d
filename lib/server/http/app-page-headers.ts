import type { OutgoingHttpHeaders } from "node:http";
import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";
import { contentSecurityPolicy } from "./content-security-policy";
import type { PolicyInput } from "./content-security-policy";

/**
 * The headers server.ts puts on every app response before Next.js writes it (Next keeps headers already set).
 *
 * Content security policy (content-security-policy.ts), with framing: only an embed may be framed by any
 * origin; every other app response, Next's own 404s and assets included, may be framed by the app alone, so
 * nobody can overlay the editor or the dashboard (clickjacking).
 *
 * Isolation: the editor, read-only and embed pages frame the project's preview with
 * `allow="cross-origin-isolated"`. Under COEP a framed document must send COEP too, so a page with COEP
 * can frame only isolated previews, and a page without it frames any preview but isolates none. The page's
 * headers therefore follow the project's isolation switch (see page-isolation.ts for how it is read).
 */
export type ProjectPage = { kind: "editor" | "embed"; slug: ProjectSlug };

const pagePath = /^\/(p|embed)\/([^/]+)\/?$/;

/** The project page a path is, or null for every other app path. */
export function projectPageOf(pathname: string): ProjectPage | null {
  const match = pagePath.exec(pathname);
  if (!match) return null;
  const slug = projectSlugSchema.safeParse(match[2]);
  return slug.success ? { kind: match[1] === "p" ? "editor" : "embed", slug: slug.data } : null;
}

const isolationHeaders: OutgoingHttpHeaders = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

/**
 * `isolated`: the project's switch for a project page (null when the page is not a project's, or the project
 * is not found or not readable: the answer then is the same as for a project that does not exist).
 */
export function appPageHeaders(
  pathname: string,
  isolated: boolean | null,
  policy: Omit<PolicyInput, "frameAncestors">,
): OutgoingHttpHeaders {
  const page = projectPageOf(pathname);
  const frameAncestors = page?.kind === "embed" ? "*" : "'self'";
  const framing = { "content-security-policy": contentSecurityPolicy({ ...policy, frameAncestors }) };
  if (!isolatedPrefix.test(pathname)) return framing;
  return page && isolated === false ? framing : { ...framing, ...isolationHeaders };
}

/** Everything under the project pages' prefixes is isolated unless it is a project page whose project is not. */
const isolatedPrefix = /^\/(p|v|embed)\//;
