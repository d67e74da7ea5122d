import * as z from "zod/mini";

/** The app's project endpoints as the dashboard and the editor call them from the browser. */
export const visibilities = ["private", "unlisted", "public"] as const;
export type Visibility = (typeof visibilities)[number];

export type ProjectSettings = { title: string; visibility: Visibility; isolated: boolean };

const errorSchema = z.object({ error: z.object({ message: z.string() }) });
const createdSchema = z.object({ project: z.object({ slug: z.string() }) });
const fileSchema = z.object({ path: z.string(), content: z.string(), encoding: z.enum(["utf8", "base64"]) });

export const versionSummarySchema = z.object({
  number: z.number(),
  message: z.nullable(z.string()),
  authorName: z.string(),
  createdAt: z.string(),
  fileCount: z.number(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;
const versionListSchema = z.object({ versions: z.array(versionSummarySchema) });
const versionSchema = z.object({ version: versionSummarySchema });
const versionWithFilesSchema = z.object({ version: z.extend(versionSummarySchema, { files: z.array(fileSchema) }) });
const restoredSchema = z.object({ project: z.object({ revision: z.number(), files: z.array(fileSchema) }) });

/** Either the parsed body or the server's message (never a thrown error: the caller shows it in a dialog). */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string; status?: number };

async function call<T>(url: string, init: RequestInit, parse: (body: unknown) => T): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init, headers: { "content-type": "application/json" } });
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection and try again." };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: parse(body) };
  const error = errorSchema.safeParse(body);
  return { ok: false, status: response.status, message: error.success ? error.data.error.message : `The request failed (HTTP ${response.status}).` };
}

const projectUrl = (id: string) => `/api/projects/${encodeURIComponent(id)}`;
const versionsUrl = (id: string) => `${projectUrl(id)}/versions`;

export const createProjectFromTemplate = (title: string, template: string) =>
  call("/api/projects", { method: "POST", body: JSON.stringify({ title, template }) }, (body) => createdSchema.parse(body).project);

export const updateProject = (id: string, changes: Partial<ProjectSettings>) =>
  call(projectUrl(id), { method: "PATCH", body: JSON.stringify(changes) }, () => undefined);

export const deleteProject = (id: string) => call(projectUrl(id), { method: "DELETE" }, () => undefined);

/** A copy of a project the caller may read, owned by the caller; resolves to the new project's slug. */
export const forkProject = (id: string) =>
  call(`${projectUrl(id)}/fork`, { method: "POST", body: JSON.stringify({}) }, (body) => createdSchema.parse(body).project);

/** Published versions, newest first. */
export const listVersions = (id: string) =>
  call(versionsUrl(id), { method: "GET" }, (body) => versionListSchema.parse(body).versions);

export const publishVersion = (id: string, message: string) =>
  call(versionsUrl(id), { method: "POST", body: JSON.stringify(message ? { message } : {}) }, (body) => versionSchema.parse(body).version);

export const getVersion = (id: string, number: number) =>
  call(`${versionsUrl(id)}/${number}`, { method: "GET" }, (body) => versionWithFilesSchema.parse(body).version);

/** Makes version `number`'s files the draft, as a new revision; `revision` is the draft's the caller last saw. */
export const restoreVersion = (id: string, number: number, revision: number) =>
  call(`${versionsUrl(id)}/${number}/restore`, { method: "POST", body: JSON.stringify({ revision }) }, (body) => restoredSchema.parse(body).project);
