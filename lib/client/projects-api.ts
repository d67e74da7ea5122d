import * as z from "zod/mini";

/** The app's project endpoints as the dashboard and the editor call them from the browser. */
export const visibilities = ["private", "unlisted", "public"] as const;
export type Visibility = (typeof visibilities)[number];

export type ProjectSettings = { title: string; visibility: Visibility; isolated: boolean };

const errorSchema = z.object({ error: z.object({ message: z.string() }) });
const createdSchema = z.object({ project: z.object({ slug: z.string() }) });

/** Either the parsed body or the server's message (never a thrown error: the caller shows it in a dialog). */
type Result<T> = { ok: true; value: T } | { ok: false; message: string };

async function call<T>(url: string, init: RequestInit, parse: (body: unknown) => T): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { "content-type": "application/json" } });
  } catch {
    return { ok: false, message: "The server could not be reached. Check your connection and try again." };
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: parse(body) };
  const error = errorSchema.safeParse(body);
  return { ok: false, message: error.success ? error.data.error.message : `The request failed (HTTP ${response.status}).` };
}

const projectUrl = (id: string) => `/api/projects/${encodeURIComponent(id)}`;

export const createProjectFromTemplate = (title: string, template: string) =>
  call("/api/projects", { method: "POST", body: JSON.stringify({ title, template }) }, (body) => createdSchema.parse(body).project);

export const updateProject = (id: string, changes: Partial<ProjectSettings>) =>
  call(projectUrl(id), { method: "PATCH", body: JSON.stringify(changes) }, () => undefined);

export const deleteProject = (id: string) => call(projectUrl(id), { method: "DELETE" }, () => undefined);
