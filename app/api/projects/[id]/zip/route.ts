import { apiRoute } from "@/lib/server/http/api-route";
import { parseQuery } from "@/lib/server/http/parse-query";
import { getProject } from "@/lib/server/projects/queries";
import { getVersionFiles } from "@/lib/server/projects/versions";
import { createProjectZip } from "@/lib/server/projects/zip";
import { zipQuery } from "./schemas";

export const dynamic = "force-dynamic";

/** The draft, or version N with `?v=N`, as a zip download named after the project's address. */
export const GET = apiRoute({ access: { project: "read" } }, async ({ actor, projectId, request }) => {
  const { v } = parseQuery(request, zipQuery);
  const project = await getProject(actor, projectId);
  const version = v === undefined ? null : await getVersionFiles(actor, projectId, v);
  const folder = version ? `${project.slug}-v${version.number}` : project.slug;
  const files = (version ?? project).files.map((file) => ({ path: file.path, content: Buffer.from(file.content, file.encoding) }));
  const zip = createProjectZip(folder, files, version ? new Date(version.createdAt) : project.updatedAt);
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${folder}.zip"`,
      "content-length": String(zip.byteLength),
      "cache-control": "private, no-store",
    },
  });
});
