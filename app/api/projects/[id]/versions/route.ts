import { apiRoute } from "@/lib/server/http/api-route";
import { listVersions, publishVersion } from "@/lib/server/projects/versions";
import { publishVersionBody } from "./schemas";

export const dynamic = "force-dynamic";

/** The project's published versions, newest first. */
export const GET = apiRoute({ access: { project: "read" } }, async ({ actor, projectId }) =>
  Response.json({ versions: await listVersions(actor, projectId) }),
);

/** Freezes the draft as the next version. */
export const POST = apiRoute({ access: { project: "write" }, body: publishVersionBody }, async ({ actor, projectId, body }) =>
  Response.json({ version: await publishVersion(actor, projectId, body) }, { status: 201 }),
);
