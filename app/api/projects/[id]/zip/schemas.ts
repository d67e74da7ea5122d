import { z } from "zod";

/** `?v=N` downloads version N; without it, the draft. */
export const zipQuery = z.object({
  v: z
    .string()
    .regex(/^[1-9]\d{0,8}$/, "v is a version number: 1, 2, 3…")
    .transform(Number)
    .optional(),
});
