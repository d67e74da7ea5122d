import { contentTypeFor } from "./content-type";

export type BuiltinFile = { body: string; contentType: string };

/**
 * Files every preview has unless the project brings its own: the service-worker fallback that makes a
 * page cross-origin isolated where headers cannot (see DESIGN.md, "Isolation"). They must be served from
 * the origin's root so their scope covers every page. Placeholders until the workers issue fills them in:
 * they register nothing, so a page that loads them behaves as if they were absent.
 */
const builtins: ReadonlyMap<string, BuiltinFile> = new Map(
  Object.entries({
    "mini-coi.js": "/* mini-coi placeholder: the isolation fallback is not implemented yet. */\n",
    "sw.js": "/* Service worker placeholder: the sabayon fallback is not implemented yet. */\n",
  }).map(([path, body]) => [path, { body, contentType: contentTypeFor(path) }]),
);

export function builtinFile(path: string): BuiltinFile | null {
  return builtins.get(path) ?? null;
}
