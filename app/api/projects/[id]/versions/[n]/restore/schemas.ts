import { z } from "zod";
import { revisionSchema } from "@/lib/server/projects/schemas";

/** The draft revision the restore is based on: a stale one is a 409, like every write. */
export const restoreVersionBody = z.object({ revision: revisionSchema });
