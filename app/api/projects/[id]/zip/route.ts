import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/http/api-route";
import { parseQuery } from "@/lib/server/http/parse-query";
import { getProject } from "@/lib/server/projects/queries";
import { createProjectZip } from "@/lib/server/projects/zip";
import { zipQuery } from "./schemas";

export const dynamic = "force-dynamic";

/** The draft, or version N with `?v=N`, as a zip download named after the project's address. */
export const GET = apiRoute({ access: { project: "read" } }, async ({ actor, projectId, request }) => {
  const { v } = parseQuery(request, zipQuery);
  if (v !== undefined) throw new AppError("not_found", `There is no version ${v} of this project.`);
  const project = await getProject(actor, projectId);
  const folder = v === undefined ? project.slug : `${project.slug}-v${v}`;
  const files = project.files.map((file) => ({ path: file.path, content: Buffer.from(file.content, file.encoding) }));
  const zip = createProjectZip(folder, files, project.updatedAt);
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${folder}.zip"`,
      "content-length": String(zip.byteLength),
      "cache-control": "private, no-store",
    },
  });
});
