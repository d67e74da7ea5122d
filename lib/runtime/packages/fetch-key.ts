/**
 * The older `[[fetch]]` config key (PyScript 2023), still accepted by PyScript: `from` a base URL, `files` paths
 * below it, `to_folder` where they go (default "."), `to_file` a new name for a single file. Its shape is
 * checked when the config is read (main/fetch-key-schema.ts).
 */
export type FetchEntry = { from?: string; files?: string[]; to_folder?: string; to_file?: string };

/** Maps valid `[[fetch]]` entries onto the (url, destination) pairs of config `files`. */
export function fetchKeyFiles(entries: FetchEntry[]): [string, string][] {
  return entries.flatMap(({ from = "", files, to_folder = ".", to_file }): [string, string][] => {
    if (files === undefined) return [[from, joinPath(to_folder, to_file ?? fileName(from))]];
    return files.map((file) => [joinPath(from, file), joinPath(to_folder, to_file ?? file)]);
  });
}

export function fileName(url: string): string {
  return url.replace(/[?#].*$/, "").split("/").pop() ?? "";
}

function joinPath(base: string, path: string): string {
  if (!base) return path;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\.\//, "")}`;
}
