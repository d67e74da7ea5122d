import { z } from "zod";

export const versionMessageLimit = 500;

/** Publishing freezes the draft as it is; the message says why (optional, at most 500 characters). */
export const publishVersionBody = z.object({
  message: z
    .string()
    .trim()
    .max(versionMessageLimit, `a version message is at most ${versionMessageLimit} characters`)
    .optional()
    .transform((message) => (message ? message : undefined)),
});
