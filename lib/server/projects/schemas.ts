import "server-only";
import { z } from "zod";
import { limits } from "../../config";
import { projectSlugSchema } from "../../ids";
import { slugPrefixLength } from "./slug";
import { unportablePathProblem } from "../../file-path-rules";

/**
 * A project-relative file path as stored. It becomes a URL path on the preview origin, so anything that could
 * climb out of the project or mean different things to different parsers is refused outright. This names a
 * file that may already exist (a delete, a preview read); a name being written takes `filePathSchema`.
 */
export const existingFilePathSchema = z
  .string()
  .min(1, "a file path cannot be empty")
  .max(limits.pathLength, `a file path is at most ${limits.pathLength} characters`)
  .refine((p) => !p.startsWith("/"), "a file path is relative: no leading /")
  .refine((p) => !p.includes("\\"), "a file path uses / only, no backslash")
  .refine((p) => !/[\u0000-\u001f\u007f]/.test(p), "a file path cannot contain control characters")
  .refine((p) => p.split("/").every((s) => s !== "" && s !== "." && s !== ".."), "a file path cannot have empty, . or .. segments");

/**
 * A path being written (a new or replaced file, a zip entry): also portable (lib/file-path-rules.ts). Files
 * stored before those rules keep their names: they are still served, and can be deleted or renamed.
 */
export const filePathSchema = existingFilePathSchema.superRefine((p, context) => {
  const problem = unportablePathProblem(p);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

/** The readable start of a project's address that its owner may choose; the server adds the random part. */
export const slugPrefixSchema = z
  .string()
  .max(slugPrefixLength, `an address prefix is at most ${slugPrefixLength} characters`)
  .pipe(projectSlugSchema);

export const projectTitleSchema = z
  .string()
  .trim()
  .min(1, "a title cannot be empty")
  .max(limits.titleLength, `a title is at most ${limits.titleLength} characters`);

export const fileInputSchema = z.object({
  path: filePathSchema,
  content: z.string(),
  encoding: z.enum(["utf8", "base64"]).default("utf8"),
});
export type FileInput = z.infer<typeof fileInputSchema>;

export const fileListSchema = z
  .array(fileInputSchema)
  .refine((files) => new Set(files.map((f) => f.path)).size === files.length, "two files have the same path");

export const revisionSchema = z.number().int().min(1);

/** On the wire in lowercase, as the UI says it; the database enum is uppercase. */
export const visibilitySchema = z
  .enum(["private", "unlisted", "public"])
  .transform((v) => v.toUpperCase() as "PRIVATE" | "UNLISTED" | "PUBLIC");
