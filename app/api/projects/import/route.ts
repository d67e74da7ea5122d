import { apiRoute } from "@/lib/server/http/api-route";
import { parseQuery } from "@/lib/server/http/parse-query";
import { bodyOwnerOf } from "@/lib/server/http/read-body";
import { readZipBody } from "@/lib/server/http/read-zip-body";
import { createProject } from "@/lib/server/projects/queries";
import { importQuery } from "./schemas";

export const dynamic = "force-dynamic";

/** A new project from a zip: the body is the zip's bytes, unpacked within the project caps as it arrives. */
export const POST = apiRoute({ access: "signed-in" }, async ({ actor, request }) => {
  const { title } = parseQuery(request, importQuery);
  const files = await readZipBody(request, bodyOwnerOf(actor));
  const inputs = files.map(({ path, content }) => ({ path, content: Buffer.from(content).toString("base64"), encoding: "base64" as const }));
  return Response.json({ project: await createProject(actor, { title, files: inputs }) }, { status: 201 });
});
