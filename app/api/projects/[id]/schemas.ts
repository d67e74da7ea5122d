import { z } from "zod";
import { projectTitleSchema, revisionSchema } from "@/lib/server/projects/schemas";

export const updateProjectBody = z
  .object({
    title: projectTitleSchema.optional(),
    isolated: z.boolean().optional(),
    /** When given, the change is refused (409) if someone else wrote in between. */
    revision: revisionSchema.optional(),
  })
  .refine((body) => body.title !== undefined || body.isolated !== undefined, "change title or isolated");
