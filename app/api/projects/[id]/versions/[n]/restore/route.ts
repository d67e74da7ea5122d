import { apiRoute } from "@/lib/server/http/api-route";
import { restoreVersion } from "@/lib/server/projects/versions";
import { parseVersionNumber } from "../schemas";
import { restoreVersionBody } from "./schemas";

export const dynamic = "force-dynamic";

/** Writes the version's files into the draft as a new draft revision; the version stays. */
export const POST = apiRoute({ access: { project: "write" }, body: restoreVersionBody }, async ({ actor, projectId, params, body }) =>
  Response.json({ project: await restoreVersion(actor, projectId, parseVersionNumber(params), body.revision) }),
);
