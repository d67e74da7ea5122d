import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { StaticCode } from "@/components/workbench/StaticCode";
import { Workbench, type WorkbenchMode } from "@/components/workbench/Workbench";
import { projectSlugSchema } from "@/lib/ids";
import { oembedDiscovery } from "@/lib/server/embed/oembed-discovery";
import { pageProject } from "@/lib/server/http/page-project";
import { notFoundMetadata, serverMetadata, serverPage } from "@/lib/server/http/server-page";
import { getDraftFiles } from "@/lib/server/projects/queries";
import { getVersionFiles } from "@/lib/server/projects/versions";
import { firstFileToOpen } from "@/lib/workbench/files";

export const dynamic = "force-dynamic";

type Params = { slug: string };

export const generateMetadata = serverMetadata<Params>(async ({ actor, params, searchParams }) => {
  const slug = projectSlugSchema.safeParse(params.slug);
  if (!slug.success) return notFoundMetadata;
  const project = await pageProject(actor, slug.data);
  return { title: `${project.title} · PySandbox`, ...(await oembedDiscovery(project, searchParams)) };
});

/** `?v=N`: a published version's number; anything else that is not a positive integer is no version at all. */
function versionParam(value: string | string[] | undefined): number | null | "invalid" {
  if (value === undefined) return null;
  return typeof value === "string" && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : "invalid";
}

/**
 * The editor for the project's owner; for anyone else who may read it (public, unlisted), the same
 * workbench read-only. `?v=N` shows version N read-only to everyone. A project the actor may not read is 404.
 * The project is read once for the page and its metadata (pageProject), then the files it shows: the draft's
 * or the version's, not both.
 */
export default serverPage<Params>(async ({ actor, params, searchParams }) => {
  const slug = projectSlugSchema.safeParse(params.slug);
  const version = versionParam(searchParams.v);
  if (!slug.success || version === "invalid") notFound();
  const project = await pageProject(actor, slug.data);
  const files = version === null ? await getDraftFiles(project) : (await getVersionFiles(actor, project.id, version)).files;
  const mode: WorkbenchMode =
    project.editable && version === null
      ? { kind: "edit" }
      : { kind: "read", version, signedIn: actor.kind === "user", owner: project.editable, forkRequested: searchParams.fork === "1" };
  const first = firstFileToOpen(files);
  const mobile = (await headers()).get("sec-ch-ua-mobile");
  const staticCode = first?.encoding === "utf8" ? { path: first.path, view: <StaticCode path={first.path} content={first.content} /> } : undefined;
  return (
    <Workbench
      staticCode={staticCode}
      narrowGuess={mobile === "?1" ? true : mobile === "?0" ? false : null}
      key={`${project.id}:${version ?? "draft"}`}
      previewOrigin={project.previewOrigin}
      mode={mode}
      project={{
        id: project.id,
        slug: project.slug,
        title: project.title,
        visibility: project.visibility,
        isolated: project.isolated,
        revision: project.revision,
        files: files.map(({ path, content, encoding }) => ({ path, content, encoding })),
        ownerName: project.ownerName,
        updatedAt: project.updatedAt.toISOString(),
        forkCount: project.forkCount,
        forkedFrom: project.forkedFrom,
        latestVersion: project.latestVersion,
      }}
    />
  );
});
