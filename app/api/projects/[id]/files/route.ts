import { jsonRoute } from "@/lib/server/http/error-response";
import { parseProjectId, parseRequest } from "@/lib/server/http/parse-request";
import { updateProjectFiles } from "@/lib/server/projects/queries";
import { saveFileChanges } from "@/lib/server/projects/save-changes";
import { replaceFilesBody, saveChangesBody } from "./schemas";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PUT = jsonRoute(async (request: Request, { params }: Context) => {
  const id = await parseProjectId(params);
  const { revision, files } = await parseRequest(request, replaceFilesBody);
  return Response.json({ project: await updateProjectFiles(id, revision, files) });
});

export const PATCH = jsonRoute(async (request: Request, { params }: Context) => {
  const id = await parseProjectId(params);
  return Response.json(await saveFileChanges(id, await parseRequest(request, saveChangesBody)));
});
