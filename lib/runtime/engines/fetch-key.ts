import * as z from "zod/mini";

/**
 * The older `[[fetch]]` config key (PyScript 2023), still accepted by PyScript: `from` a base URL, `files` paths
 * below it, `to_folder` where they go (default "."), `to_file` a new name for a single file.
 */
export type FetchEntry = { from?: string; files?: string[]; to_folder?: string; to_file?: string };

const shown = (entry: unknown) => JSON.stringify(entry);

export const fetchEntrySchema = z.object({
  from: z.optional(z.string()),
  files: z.optional(z.array(z.string())),
  to_folder: z.optional(z.string()),
  to_file: z.optional(z.string()),
}).check(
  z.refine((entry) => entry.to_file === undefined || entry.files === undefined || entry.files.length === 1, {
    error: (issue) => `to_file names a single file, but ${shown(issue.input)} lists several in files`,
  }),
  z.refine((entry) => entry.files !== undefined || entry.to_file !== undefined || fileName(entry.from ?? "") !== "", {
    error: (issue) => `${shown(issue.input)} names no file: give files, or a from that ends with a file name, or to_file`,
  }),
);

/** Maps `[[fetch]]` entries onto the (url, destination) pairs of config `files`. */
export function fetchKeyFiles(entries: FetchEntry[]): [string, string][] {
  return entries.flatMap(({ from = "", files, to_folder = ".", to_file }): [string, string][] => {
    if (files === undefined) return [[from, joinPath(to_folder, to_file ?? fileName(from))]];
    return files.map((file) => [joinPath(from, file), joinPath(to_folder, to_file ?? file)]);
  });
}

function fileName(url: string): string {
  return url.replace(/[?#].*$/, "").split("/").pop() ?? "";
}

function joinPath(base: string, path: string): string {
  if (!base) return path;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\.\//, "")}`;
}
