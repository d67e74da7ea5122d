import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { createProject, listOwnProjects, type NewProject } from "@/lib/server/projects/queries";
import { findTemplate } from "@/lib/templates/catalog";
import { createProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

/** The caller's own projects; a signed-out caller has none. */
export const GET = apiRoute({ access: "anyone" }, async ({ actor }) =>
  Response.json({ projects: await listOwnProjects(actor) }),
);

export const POST = apiRoute({ access: "signed-in", body: createProjectBody }, async ({ actor, body }) => {
  const { template: templateId, files, ...rest } = body;
  let project: NewProject = { ...rest, files: files ?? [] };
  if (templateId !== undefined) {
    const template = findTemplate(templateId);
    if (!template) throw new AppError("bad_request", `There is no template called “${templateId}”.`);
    const templateFiles = template.files.map((file) => ({ ...file, encoding: "utf8" as const }));
    project = { ...project, isolated: rest.isolated ?? template.isolated, files: templateFiles };
  }
  return Response.json({ project: await createProject(actor, project) }, { status: 201 });
});
