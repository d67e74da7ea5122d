import { z } from "zod";
import { projectTitleSchema } from "@/lib/server/projects/schemas";

/** The fork's title; the source's title when left out. */
export const forkProjectBody = z.object({ title: projectTitleSchema.optional() });
