import { jsonRoute } from "@/lib/server/http/error-response";
import { parseRequest } from "@/lib/server/http/parse-request";
import { createProject, listProjects } from "@/lib/server/projects/queries";
import { createProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

export const GET = jsonRoute(async () => Response.json({ projects: await listProjects() }));

export const POST = jsonRoute(async (request: Request) => {
  const body = await parseRequest(request, createProjectBody);
  return Response.json({ project: await createProject(body) }, { status: 201 });
});
