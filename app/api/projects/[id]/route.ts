import { apiRoute } from "@/lib/server/http/api-route";
import { deleteProject, getProject, updateProjectSettings } from "@/lib/server/projects/queries";
import { updateProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ access: { project: "read" } }, async ({ actor, projectId }) =>
  Response.json({ project: await getProject(actor, projectId) }),
);

export const PATCH = apiRoute(
  { access: { project: "write" }, body: updateProjectBody },
  async ({ actor, projectId, body: { revision, ...settings } }) =>
    Response.json({ project: await updateProjectSettings(actor, projectId, settings, revision) }),
);

export const DELETE = apiRoute({ access: { project: "write" } }, async ({ actor, projectId }) => {
  await deleteProject(actor, projectId);
  return new Response(null, { status: 204 });
});
