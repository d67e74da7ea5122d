import { z } from "zod";
import { projectSlugSchema } from "@/lib/ids";
import { fileListSchema, projectTitleSchema } from "@/lib/server/projects/schemas";

export const createProjectBody = z.object({
  title: projectTitleSchema,
  slug: projectSlugSchema.optional(),
  files: fileListSchema.default([]),
});
