import { z } from "zod";
import { limits } from "@/lib/config";
import { existingFilePathSchema, fileInputSchema, fileListSchema, revisionSchema } from "@/lib/server/projects/schemas";

/** The draft's complete new file list, and the revision it was edited from. */
export const replaceFilesBody = z.object({
  revision: revisionSchema,
  files: fileListSchema,
});

/** A merging save: only the files that changed since `baseRevision`. A rename is a delete plus an upsert. */
export const saveChangesBody = z
  .object({
    baseRevision: revisionSchema,
    upserts: z.array(fileInputSchema).max(limits.projectFiles, `a save writes at most ${limits.projectFiles} files`),
    deletes: z.array(existingFilePathSchema).max(limits.projectFiles, `a save deletes at most ${limits.projectFiles} files`),
  })
  .refine((body) => body.upserts.length + body.deletes.length > 0, "a save changes at least one file")
  .refine((body) => {
    const paths = [...body.upserts.map((file) => file.path), ...body.deletes];
    return new Set(paths).size === paths.length;
  }, "each path appears once, in upserts or in deletes");
