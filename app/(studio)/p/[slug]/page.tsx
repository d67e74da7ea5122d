import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Workbench } from "@/components/workbench/Workbench";
import { projectSlugSchema } from "@/lib/ids";
import { oembedDiscovery } from "@/lib/server/embed/oembed-discovery";
import { currentActor, serverPage } from "@/lib/server/http/server-page";
import { getProjectBySlug } from "@/lib/server/projects/queries";

export const dynamic = "force-dynamic";

type Params = { slug: string };

export async function generateMetadata({ params, searchParams }: { params: Promise<Params>; searchParams: Promise<Record<string, unknown>> }): Promise<Metadata> {
  const slug = projectSlugSchema.safeParse((await params).slug);
  const project = slug.success ? await getProjectBySlug(await currentActor(), slug.data).catch(() => null) : null;
  if (!project) return { title: "Not found · PySandbox" };
  return { title: `${project.title} · PySandbox`, ...(await oembedDiscovery(project, searchParams)) };
}

/** The editor: loads the project for its owner and hands plain props to the one client workbench. */
export default serverPage<Params>(async ({ actor, params }) => {
  const slug = projectSlugSchema.safeParse(params.slug);
  if (!slug.success) notFound();
  const project = await getProjectBySlug(actor, slug.data);
  if (!project.editable) notFound();
  return (
    <Workbench
      previewOrigin={project.previewOrigin}
      project={{
        id: project.id,
        slug: project.slug,
        title: project.title,
        visibility: project.visibility,
        isolated: project.isolated,
        revision: project.revision,
        files: project.files.map(({ path, content, encoding }) => ({ path, content, encoding })),
      }}
    />
  );
});
