import { createHash, randomBytes } from "node:crypto";
import type { AppClient, FileBody, ProjectSummary } from "./app-client";
import { sendHttp } from "./http-client";
import type { HttpRequest } from "./http-client";

/** One state of a project's files: every file's content names its generation. */
export type Generation = { name: string; files: FileBody[] };

const fileCount = 120;
const path = (i: number) => `pkg/module_${i}.py`;

/** The project before the save: many small files. */
export function smallGeneration(name: string): Generation {
  return { name, files: Array.from({ length: fileCount }, (_, i) => ({ path: path(i), content: `# ${name} ${i}\n` })) };
}

/**
 * A large save: every file rewritten with 40 KB of random text, about 5 MB in all, which the database cannot
 * compress away, so it writes the blobs over many pages in one long statement.
 */
export function largeGeneration(name: string): Generation {
  return { name, files: Array.from({ length: fileCount }, (_, i) => ({ path: path(i), content: `# ${name} ${i}\n${randomBytes(30_000).toString("base64")}` })) };
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** The editor's save of `generation` over the project at `baseRevision`: every file changed. */
export function saveRequest(client: AppClient, projectId: string, baseRevision: number, generation: Generation): HttpRequest {
  return {
    method: "PATCH",
    path: `/api/projects/${projectId}/files`,
    headers: { ...client.headers(), "content-type": "application/json" },
    body: JSON.stringify({ baseRevision, upserts: generation.files, deletes: [] }),
  };
}

/**
 * The one generation the project is wholly at, with its revision, as the editor's API serves it (every file)
 * and the preview (its first, middle and last file). Throws when a file is missing, when files of two
 * generations are mixed, or when the API and the preview disagree.
 */
export async function servedGeneration(client: AppClient, project: ProjectSummary, candidates: Generation[]): Promise<{ name: string; revision: number }> {
  const { revision, files } = await client.files(project.id);
  const match = candidates.find((candidate) => sameFiles(candidate.files, files));
  if (!match) {
    const heads = [...new Set([...files.values()].map((content) => content.split(" ")[1]))];
    throw new Error(`the draft (revision ${revision}, ${files.size} files) is no one generation: it holds files of ${heads.join(", ")}`);
  }
  const host = new URL(client.app.previewOrigin(project.slug)).host;
  for (const file of [match.files[0]!, match.files[match.files.length >> 1]!, match.files.at(-1)!]) {
    const served = await sendHttp(client.app.port, { method: "GET", path: `/${file.path}`, headers: { host } });
    if (served.status !== 200 || served.text !== file.content) {
      throw new Error(`the preview serves ${file.path} with ${served.status} and other bytes than the API's generation ${match.name}`);
    }
  }
  return { name: match.name, revision };
}

function sameFiles(expected: FileBody[], actual: Map<string, string>): boolean {
  return expected.length === actual.size && expected.every((file) => actual.get(file.path) === file.content);
}
