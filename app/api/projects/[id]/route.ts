import { jsonRoute } from "@/lib/server/http/error-response";
import { assertMutationAllowed, parseProjectId, parseRequest } from "@/lib/server/http/parse-request";
import { deleteProject, getProject, updateProjectSettings } from "@/lib/server/projects/queries";
import { updateProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = jsonRoute(async (_request: Request, { params }: Context) => {
  return Response.json({ project: await getProject(await parseProjectId(params)) });
});

export const PATCH = jsonRoute(async (request: Request, { params }: Context) => {
  const id = await parseProjectId(params);
  const { revision, ...settings } = await parseRequest(request, updateProjectBody);
  return Response.json({ project: await updateProjectSettings(id, settings, revision) });
});

export const DELETE = jsonRoute(async (request: Request, { params }: Context) => {
  assertMutationAllowed(request);
  await deleteProject(await parseProjectId(params));
  return new Response(null, { status: 204 });
});
