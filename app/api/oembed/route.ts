import { embedOptionsSchema, embedSnippet, defaultEmbedSize } from "@/lib/embed/options";
import { AppError } from "@/lib/errors";
import { loadConfig } from "@/lib/config";
import { apiRoute } from "@/lib/server/http/api-route";
import { getEmbedProject } from "@/lib/server/embed/embed-project";
import { embeddedPageOf } from "@/lib/server/embed/oembed-url";
import { oembedQuery } from "./schemas";

export const dynamic = "force-dynamic";

/**
 * oEmbed for a project's page or embed URL (served at `/oembed`, see next.config.ts): a `rich` answer whose
 * html is the embed's iframe. Only what an embed may show: public and unlisted projects, else 404.
 */
export const GET = apiRoute({ access: "anyone" }, async ({ request }) => {
  const parsed = oembedQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Bad query.");
  const { url, format, maxwidth, maxheight } = parsed.data;
  if (format === "xml") throw new AppError("not_implemented", "Only format=json is supported.");
  const { appOrigin } = loadConfig();
  const page = embeddedPageOf(url, appOrigin);
  if (!page) throw new AppError("bad_request", `url must be a project's address on ${appOrigin}: /p/<slug> or /embed/<slug>.`);
  const options = embedOptionsSchema.parse(page.query);
  const project = await getEmbedProject(page.slug, options.v);
  const width = Math.min(maxwidth ?? defaultEmbedSize.width, defaultEmbedSize.width);
  const height = Math.min(maxheight ?? defaultEmbedSize.height, defaultEmbedSize.height);
  return Response.json({
    version: "1.0",
    type: "rich",
    provider_name: "PySandbox",
    provider_url: appOrigin,
    title: project.title,
    author_name: project.ownerName,
    html: embedSnippet(appOrigin, project.slug, project.title, page.kind === "embed" ? options : { v: options.v }, { width, height }),
    width,
    height,
  });
});
