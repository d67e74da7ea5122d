import "server-only";
import type { Metadata } from "next";
import { loadConfig } from "../../config";
import { embedOptionsSchema } from "../../embed/options";
import { oembedDiscoveryUrl } from "./oembed-url";

type SharedProject = { slug: string; title: string; editable: boolean; visibility: "private" | "unlisted" | "public" };

/**
 * The oEmbed discovery link of a project page, as metadata to spread into the page's own: Next renders it as
 * `<link rel="alternate" type="application/json+oembed" href="/oembed?url=…">`. Only on the read-only view of a
 * project an embed may show (a reader's, not its owner's editor; never a private one); `?v=N` is kept.
 */
export async function oembedDiscovery(project: SharedProject, searchParams: Record<string, unknown>): Promise<Metadata> {
  if (project.editable || project.visibility === "private") return {};
  const { v } = embedOptionsSchema.parse(searchParams);
  const { appOrigin } = loadConfig();
  const pageUrl = `${appOrigin}/p/${project.slug}${v === undefined ? "" : `?v=${v}`}`;
  return { alternates: { types: { "application/json+oembed": [{ url: oembedDiscoveryUrl(appOrigin, pageUrl), title: project.title }] } } };
}
