import { z } from "zod";
import { projectSlugSchema } from "@/lib/ids";
import { fileListSchema, projectTitleSchema, visibilitySchema } from "@/lib/server/projects/schemas";

export const createProjectBody = z.object({
  title: projectTitleSchema,
  slug: projectSlugSchema.optional(),
  visibility: visibilitySchema.optional(),
  isolated: z.boolean().optional(),
  files: fileListSchema.default([]),
});
