import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { z } from "zod";
import { e2eServer } from "../server-config";

/** A project made through the app's own JSON API, as a person's editor would. */
export type TestProject = { id: string; slug: string; previewUrl: string };

const projectSchema = z.object({
  id: z.string(),
  slug: z.string(),
  revision: z.number().int(),
});
const projectResponseSchema = z.union([z.object({ project: projectSchema }), projectSchema]);

function parseProject(json: unknown): z.infer<typeof projectSchema> {
  const parsed = projectResponseSchema.parse(json);
  return "project" in parsed ? parsed.project : parsed;
}

export type ProjectFile = { path: string; content: string };

/** Every file of a fixture folder except EXPECT.md (which describes the project, it is not part of it). */
export function readFixtureFiles(folder: string): ProjectFile[] {
  const files: ProjectFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== "EXPECT.md") files.push({ path: relative(folder, full), content: readFileSync(full, "utf8") });
    }
  };
  walk(folder);
  return files;
}

/** The preview origin of `slug` on the app at `appOrigin` (default PREVIEW_DOMAIN: `preview.<app host>`). */
export function previewOriginOf(slug: string, appOrigin: string): string {
  const app = new URL(appOrigin);
  return `${app.protocol}//${slug}.preview.${app.host}`;
}

export async function createProject(
  request: APIRequestContext,
  files: ProjectFile[],
  options: { isolated: boolean },
  base: string = e2eServer.appOrigin,
): Promise<TestProject> {
  const created = await request.post(`${base}/api/projects`, { data: { title: "workers e2e" } });
  if (!created.ok()) throw new Error(`POST /api/projects: ${created.status()} ${await created.text()}`);
  let project = parseProject(await created.json());

  const put = await request.put(`${base}/api/projects/${project.id}/files`, {
    data: { revision: project.revision, files },
  });
  if (!put.ok()) throw new Error(`PUT files: ${put.status()} ${await put.text()}`);
  project = { ...project, ...parseProject(await put.json()) };

  const patch = await request.patch(`${base}/api/projects/${project.id}`, {
    data: { revision: project.revision, isolated: options.isolated },
  });
  if (!patch.ok()) throw new Error(`PATCH isolation: ${patch.status()} ${await patch.text()}`);

  return { id: project.id, slug: project.slug, previewUrl: `${previewOriginOf(project.slug, base)}/` };
}
