import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EmbedView } from "@/components/embed/EmbedView";
import { embedOptionsSchema, projectPagePath } from "@/lib/embed/options";
import { projectSlugSchema } from "@/lib/ids";
import { getEmbedFiles, getEmbedProject } from "@/lib/server/embed/embed-project";
import { serverPage } from "@/lib/server/http/server-page";

export const dynamic = "force-dynamic";

type Params = { slug: string };

export const metadata: Metadata = { title: "PySandbox embed", robots: { index: false } };

/**
 * `/embed/<slug>`: the one app page any origin may frame (server.ts sends `frame-ancestors *` for it alone).
 * Public and unlisted projects only; a private one is a 404 for everyone, its owner included.
 */
export default serverPage<Params>(async ({ params, searchParams }) => {
  const slug = projectSlugSchema.safeParse(params.slug);
  if (!slug.success) notFound();
  const options = embedOptionsSchema.parse(searchParams);
  const project = await getEmbedProject(slug.data, options.v);
  // The code view needs the text files; an embed showing only the preview reads and carries none of them.
  const files = options.view === "preview" ? [] : (await getEmbedFiles(project)).filter((file) => file.encoding === "utf8");
  const initialFile = [options.file, "main.py", "index.html"].find((path) => files.some((file) => file.path === path)) ?? files[0]?.path ?? null;
  const versionPath = project.version === null ? "/" : `/v/${project.version}/`;
  return (
    <EmbedView
      title={project.title}
      ownerName={project.ownerName}
      projectHref={projectPagePath(project.slug, project.version ?? undefined)}
      previewOrigin={project.previewOrigin}
      previewUrl={`${project.previewOrigin}${versionPath}`}
      files={files.map(({ path, content, encoding }) => ({ path, content, encoding }))}
      initialFile={initialFile}
      view={options.view}
      theme={options.theme ?? null}
      showConsole={options.console}
      runOnClick={options.run === "click"}
    />
  );
});
