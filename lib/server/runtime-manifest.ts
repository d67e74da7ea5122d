import "server-only";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Written by scripts/build-runtime.mjs; `hash` names the immutable `/_runtime/<hash>/` folder. */
const manifestSchema = z.object({ hash: z.string().regex(/^[0-9a-f]{12}$/), files: z.array(z.string()) });
export type RuntimeManifest = z.infer<typeof manifestSchema>;

export const runtimeDistDir = join(process.cwd(), "dist", "runtime");

let cached: RuntimeManifest | null | undefined;

/** Null when the runtime has not been built (then pages are served untouched and `/_runtime/` answers 404). */
export function runtimeManifest(): RuntimeManifest | null {
  if (cached !== undefined) return cached;
  try {
    cached = manifestSchema.parse(JSON.parse(readFileSync(join(runtimeDistDir, "manifest.json"), "utf8")));
  } catch (error) {
    console.warn(`Runtime manifest unavailable, PyScript URLs will not be rewritten: ${(error as Error).message}`);
    cached = null;
  }
  return cached;
}
