import { AppError } from "@/lib/errors";
import { jsonRoute } from "@/lib/server/http/error-response";
import { parseRequest } from "@/lib/server/http/parse-request";
import { createProject, listProjects, type NewProject } from "@/lib/server/projects/queries";
import { findTemplate } from "@/lib/templates/catalog";
import { createProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async () => Response.json({ projects: await listProjects() }));

export const POST = jsonRoute(async (request: Request) => {
  const { template: templateId, files, ...rest } = await parseRequest(request, createProjectBody);
  let project: NewProject = { ...rest, files: files ?? [] };
  if (templateId !== undefined) {
    const template = findTemplate(templateId);
    if (!template) throw new AppError("bad_request", `There is no template called “${templateId}”.`);
    project = { ...project, isolated: template.isolated, files: template.files.map((f) => ({ ...f, encoding: "utf8" })) };
  }
  return Response.json({ project: await createProject(project) }, { status: 201 });
});
