import { apiRoute } from "@/lib/server/http/api-route";
import { createProject, listOwnProjects } from "@/lib/server/projects/queries";
import { createProjectBody } from "./schemas";

export const dynamic = "force-dynamic";

/** The caller's own projects; a signed-out caller has none. */
export const GET = apiRoute({ access: "anyone" }, async ({ actor }) =>
  Response.json({ projects: await listOwnProjects(actor) }),
);

export const POST = apiRoute({ access: "signed-in", body: createProjectBody }, async ({ actor, body }) =>
  Response.json({ project: await createProject(actor, body) }, { status: 201 }),
);
