import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runtimeDistDir } from "../runtime-manifest";
import { contentTypeFor } from "./content-type";

export type BuiltinFile = { body: string; contentType: string };

/**
 * Files every preview has unless the project brings its own: the service-worker fallback that makes a
 * page cross-origin isolated where headers cannot (see docs/architecture.md, "Isolation"). They must be served from
 * the origin's root so their scope covers every page. Built from lib/runtime/builtins/ into
 * dist/runtime/builtins/ by scripts/build-runtime.mjs, read once.
 */
const names = ["mini-coi.js", "sw.js"];
let builtins: ReadonlyMap<string, BuiltinFile> | null = null;

function loadBuiltins(): ReadonlyMap<string, BuiltinFile> {
  return new Map(
    names.map((path) => {
      let body: string;
      try {
        body = readFileSync(join(runtimeDistDir, "builtins", path), "utf8");
      } catch {
        body = `/* ${path}: the runtime is not built (node scripts/build.mjs runtime). */\n`;
      }
      return [path, { body, contentType: contentTypeFor(path) }];
    }),
  );
}

export function builtinFile(path: string): BuiltinFile | null {
  builtins ??= loadBuiltins();
  return builtins.get(path) ?? null;
}
