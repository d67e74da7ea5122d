import { z } from "zod";
import { fileListSchema, projectTitleSchema, slugPrefixSchema, visibilitySchema } from "@/lib/server/projects/schemas";

/** Either explicit files, or a template (its files and isolation setting); not both. */
export const createProjectBody = z
  .object({
    title: projectTitleSchema,
    slugPrefix: slugPrefixSchema.optional(),
    visibility: visibilitySchema.optional(),
    isolated: z.boolean().optional(),
    files: fileListSchema.optional(),
    template: z.string().min(1).max(64).optional(),
  })
  .refine((body) => !(body.files && body.template), "give files or a template, not both");
