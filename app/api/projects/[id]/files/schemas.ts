import { z } from "zod";
import { fileListSchema, revisionSchema } from "@/lib/server/projects/schemas";

/** The draft's complete new file list, and the revision it was edited from. */
export const replaceFilesBody = z.object({
  revision: revisionSchema,
  files: fileListSchema,
});
