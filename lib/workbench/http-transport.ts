// zod/mini: the same parsing at a fraction of the editor page's JS.
import * as z from "zod/mini";
import type { ServerFiles, WorkbenchTransport } from "./transport";

const fileSchema = z.object({ path: z.string(), content: z.string(), encoding: z.enum(["utf8", "base64"]) });
const projectSchema = z.object({ project: z.object({ revision: z.number(), files: z.array(fileSchema) }) });
const savedSchema = z.object({ revision: z.number() });
const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    files: z.optional(z.array(z.string())),
    revision: z.optional(z.number()),
  }),
});

/** The workbench's calls to the app's JSON API for one project. */
export function createHttpTransport(projectId: string): WorkbenchTransport {
  const base = `/api/projects/${encodeURIComponent(projectId)}`;
  return {
    async saveFiles(request) {
      const response = await fetch(`${base}/files`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok) return { ok: true, revision: savedSchema.parse(body).revision };
      const error = errorSchema.safeParse(body);
      if (response.status === 409 && error.success && error.data.error.files && error.data.error.revision) {
        const { files, revision, message } = error.data.error;
        return { ok: false, conflict: { files, revision, message } };
      }
      throw new Error(error.success ? error.data.error.message : `Saving failed (HTTP ${response.status}).`);
    },
    async loadFiles(): Promise<ServerFiles> {
      const response = await fetch(base, { cache: "no-store" });
      if (!response.ok) throw new Error(`Loading the project failed (HTTP ${response.status}).`);
      const { project } = projectSchema.parse(await response.json());
      return { revision: project.revision, files: project.files };
    },
  };
}
