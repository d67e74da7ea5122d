import { createHash } from "node:crypto";
import type { AppClient, FileBody } from "./app-client";

/** A large save: 200 files of 20 KB each (4 MB), every one different in each generation. */
export function generation(name: string): FileBody[] {
  return Array.from({ length: 200 }, (_, i) => ({ path: `pkg/module_${i}.py`, content: `# ${name} ${i}\n${"x".repeat(20_000)}` }));
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/**
 * Reads the project back and names the one generation its files all come from, with the revision;
 * a draft mixing generations (or missing files) fails here.
 */
export async function expectOneGeneration(client: AppClient, projectId: string, candidates: Record<string, FileBody[]>): Promise<{ name: string; revision: number }> {
  const { revision, files } = await client.files(projectId);
  const served = Object.fromEntries(files);
  const match = Object.entries(candidates).find(([, generationFiles]) => {
    const wanted = Object.fromEntries(generationFiles.map((file) => [file.path, file.content]));
    return JSON.stringify(Object.entries(wanted).sort()) === JSON.stringify(Object.entries(served).sort());
  });
  if (!match) {
    const heads = [...new Set([...files.values()].map((content) => content.split(" ")[1]))];
    throw new Error(`the draft (revision ${revision}, ${files.size} files) is no one generation: it holds files of ${heads.join(", ")}`);
  }
  return { name: match[0], revision };
}
