import { apiRoute } from "@/lib/server/http/api-route";
import { updateProjectFiles } from "@/lib/server/projects/queries";
import { saveFileChanges } from "@/lib/server/projects/save-changes";
import { replaceFilesBody, saveChangesBody } from "./schemas";

export const dynamic = "force-dynamic";

/** The draft's whole file list at once. */
export const PUT = apiRoute(
  { access: { project: "write" }, body: replaceFilesBody },
  async ({ actor, projectId, body: { revision, files } }) =>
    Response.json({ project: await updateProjectFiles(actor, projectId, revision, files) }),
);

/** Only the files that changed, merged with whatever else changed since the base revision. */
export const PATCH = apiRoute({ access: { project: "write" }, body: saveChangesBody }, async ({ actor, projectId, body }) =>
  Response.json(await saveFileChanges(actor, projectId, body)),
);
