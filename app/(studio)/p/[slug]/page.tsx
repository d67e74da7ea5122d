import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Workbench } from "@/components/workbench/Workbench";
import { loadConfig } from "@/lib/config";
import { getProject, listProjects } from "@/lib/server/projects/queries";
import type { Visibility } from "@/lib/client/projects-api";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ slug: string }> };

async function loadProject(slug: string) {
  const summary = (await listProjects()).find((project) => project.slug === slug);
  return summary ? getProject(summary.id) : null;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const project = await loadProject((await params).slug);
  return { title: project ? `${project.title} · PySandbox` : "Not found · PySandbox" };
}

/** The editor: loads the project and hands plain props to the one client workbench. */
export default async function EditorPage({ params }: Params) {
  const project = await loadProject((await params).slug);
  if (!project) notFound();
  const config = loadConfig();
  const previewOrigin = `${new URL(config.appOrigin).protocol}//${project.slug}.${config.previewDomain}`;
  return (
    <Workbench
      previewOrigin={previewOrigin}
      project={{
        id: project.id,
        slug: project.slug,
        title: project.title,
        visibility: project.visibility.toLowerCase() as Visibility,
        isolated: project.isolated,
        revision: project.revision,
        files: project.files.map(({ path, content, encoding }) => ({ path, content, encoding })),
      }}
    />
  );
}
