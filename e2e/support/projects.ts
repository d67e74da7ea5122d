import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { e2eServer } from "../server-config";
import { ensureSignedIn } from "./auth";

/** A file as a spec writes it: text, or bytes sent as base64. */
export type ProjectFile = { path: string; content: string | Buffer };

/** A project made through the app's own JSON API, as a person's editor would make it. */
export type TestProject = { id: string; slug: string; url: string };

const projectResponse = z.object({
  project: z.object({ id: z.string(), slug: z.string(), revision: z.number().int(), previewOrigin: z.string() }),
});

export async function createProject(
  request: APIRequestContext,
  files: ProjectFile[],
  { isolated = true, appOrigin = e2eServer.appOrigin }: { isolated?: boolean; appOrigin?: string } = {},
): Promise<TestProject> {
  await ensureSignedIn(request, appOrigin);
  const created = await request.post(`${appOrigin}/api/projects`, {
    data: {
      title: `e2e ${randomBytes(4).toString("hex")}`,
      files: files.map((file) =>
        typeof file.content === "string"
          ? { path: file.path, content: file.content }
          : { path: file.path, content: file.content.toString("base64"), encoding: "base64" },
      ),
    },
  });
  if (!created.ok()) throw new Error(`POST /api/projects: ${created.status()} ${await created.text()}`);
  const { project } = projectResponse.parse(await created.json());

  if (!isolated) {
    const patch = await request.patch(`${appOrigin}/api/projects/${project.id}`, {
      data: { revision: project.revision, isolated: false },
    });
    if (!patch.ok()) throw new Error(`PATCH isolation: ${patch.status()} ${await patch.text()}`);
  }
  return { id: project.id, slug: project.slug, url: `${project.previewOrigin}/` };
}
