import type { Visibility } from "@/lib/client/projects-api";
import type { TemplateSummary } from "@/lib/templates/template";

/** A project as the dashboard lists it: plain data, so the server page can hand it to client components. */
export type DashboardProject = { id: string; slug: string; title: string; visibility: Visibility; updatedAt: string };

export type TemplateGroups = { starters: TemplateSummary[]; examples: TemplateSummary[] };
