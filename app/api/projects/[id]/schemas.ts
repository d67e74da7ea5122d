import { z } from "zod";
import { projectTitleSchema, revisionSchema, visibilitySchema } from "@/lib/server/projects/schemas";

export const updateProjectBody = z
  .object({
    title: projectTitleSchema.optional(),
    isolated: z.boolean().optional(),
    visibility: visibilitySchema.optional(),
    /** A new secret host for the private preview: the old one stops answering at once. */
    rotatePreviewSecret: z.literal(true).optional(),
    /** When given, the change is refused (409) if someone else wrote in between. */
    revision: revisionSchema.optional(),
  })
  .refine(
    ({ revision, ...change }) => Object.values(change).some((value) => value !== undefined),
    "change title, isolated, visibility or rotatePreviewSecret",
  );
