import { z } from "zod";
import { AppError } from "@/lib/errors";

/**
 * The `:n` of a version URL: a positive whole number as plain digits. Anything else names no version,
 * so it is the same 404 as a number the project never reached, with a message saying what a number is.
 */
const versionNumberSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);

export function parseVersionNumber(params: Record<string, string | string[] | undefined>): number {
  const parsed = versionNumberSchema.safeParse(params.n);
  if (parsed.success) return parsed.data;
  throw new AppError("not_found", `No version “${String(params.n)}”: versions are numbered 1, 2, 3, …`);
}
