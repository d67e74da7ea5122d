import * as z from "zod/mini";
import { fileName } from "../packages/fetch-key";

const shown = (entry: unknown) => JSON.stringify(entry);

/**
 * One `[[fetch]]` entry (packages/fetch-key.ts maps them onto `files`); a wrong one is named in the error.
 * Made inside the config's schema (config.ts), when a page first reads a config.
 */
export const makeFetchEntrySchema = () => z.object({
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
