import { apiRoute } from "@/lib/server/http/api-route";
import { updateProjectFiles } from "@/lib/server/projects/queries";
import { replaceFilesBody } from "./schemas";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(
  { access: { project: "write" }, body: replaceFilesBody },
  async ({ actor, projectId, body: { revision, files } }) =>
    Response.json({ project: await updateProjectFiles(actor, projectId, revision, files) }),
);
