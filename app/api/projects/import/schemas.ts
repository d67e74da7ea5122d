import { z } from "zod";
import { projectTitleSchema } from "@/lib/server/projects/schemas";

/** The body is the zip itself, so the title travels in the query. */
export const importQuery = z.object({ title: projectTitleSchema.default("Imported project") });
