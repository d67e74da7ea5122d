import { apiRoute } from "@/lib/server/http/api-route";
import { getVersionFiles } from "@/lib/server/projects/versions";
import { parseVersionNumber } from "./schemas";

export const dynamic = "force-dynamic";

/** One version with its files. */
export const GET = apiRoute({ access: { project: "read" } }, async ({ actor, projectId, params }) =>
  Response.json({ version: await getVersionFiles(actor, projectId, parseVersionNumber(params)) }),
);
