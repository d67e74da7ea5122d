import * as z from "zod/mini";

/** Messages between the editor and its Ruff worker: check a Python source, or format it. */
export const ruffRequest = z.discriminatedUnion("type", [
  z.object({ type: z.literal("check"), id: z.number(), source: z.string() }),
  z.object({ type: z.literal("format"), id: z.number(), source: z.string() }),
]);
export type RuffRequest = z.infer<typeof ruffRequest>;

const position = z.object({ row: z.number(), column: z.number() });

/** One finding, 1-based rows and columns in UTF-16 code units (what Monaco counts in). */
export const ruffDiagnostic = z.object({
  code: z.nullable(z.string()),
  message: z.string(),
  start: position,
  end: position,
});
export type RuffDiagnostic = z.infer<typeof ruffDiagnostic>;

export const ruffResponse = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready"), version: z.string() }),
  z.object({ type: z.literal("checked"), id: z.number(), diagnostics: z.array(ruffDiagnostic) }),
  z.object({ type: z.literal("formatted"), id: z.number(), source: z.string() }),
  z.object({ type: z.literal("failed"), id: z.number(), message: z.string() }),
]);
export type RuffResponse = z.infer<typeof ruffResponse>;
