import { apiRoute } from "@/lib/server/http/api-route";
import { forkProject } from "@/lib/server/projects/forks";
import { forkProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

/** A copy of a project the caller may read, owned by the caller (who must be signed in). */
export const POST = apiRoute({ access: { project: "read" }, body: forkProjectBody }, async ({ actor, projectId, body }) =>
  Response.json({ project: await forkProject(actor, projectId, body) }, { status: 201 }),
);
