import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";

export type EmbeddedPage = { kind: "project" | "embed"; slug: ProjectSlug; query: Record<string, string> };

/**
 * The project an oEmbed `url` names: `/p/<slug>` or `/embed/<slug>` on the app's own origin, with its query
 * (an embed URL keeps its options; a project page only its version). Null for anything else.
 */
export function embeddedPageOf(url: string, appOrigin: string): EmbeddedPage | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== appOrigin) return null;
  const match = /^\/(p|embed)\/([^/]+)\/?$/.exec(parsed.pathname);
  const slug = projectSlugSchema.safeParse(match?.[2]);
  if (!match || !slug.success) return null;
  return { kind: match[1] === "p" ? "project" : "embed", slug: slug.data, query: Object.fromEntries(parsed.searchParams) };
}

/** The discovery link a project's page carries, for consumers that read it from the page (oembed.com, 4). */
export function oembedDiscoveryUrl(appOrigin: string, pageUrl: string): string {
  return `${appOrigin}/oembed?${new URLSearchParams({ url: pageUrl, format: "json" })}`;
}

