import { Dashboard } from "@/components/dashboard/Dashboard";
import type { Visibility } from "@/lib/client/projects-api";
import { listProjects } from "@/lib/server/projects/queries";
import { exampleTemplates, starterTemplates, summarize } from "@/lib/templates/catalog";

export const dynamic = "force-dynamic";

const templates = { starters: starterTemplates.map(summarize), examples: exampleTemplates.map(summarize) };

/** The dashboard: your projects, and new ones from templates. */
export default async function DashboardPage() {
  const projects = await listProjects();
  return (
    <Dashboard
      templates={templates}
      projects={projects.map((p) => ({
        id: p.id,
        slug: p.slug,
        title: p.title,
        visibility: p.visibility.toLowerCase() as Visibility,
        updatedAt: p.updatedAt.toISOString(),
      }))}
    />
  );
}
