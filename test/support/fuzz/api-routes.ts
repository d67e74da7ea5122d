import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** An API route as its folder names it: `/api/projects/[id]/files`, segments kept as written. */
export type ApiRoute = { template: string; segments: string[]; file: string };

/** Every `route.ts` under app/api, so a route added later is fuzzed without anyone listing it. */
export function listApiRoutes(root = "app/api"): ApiRoute[] {
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(`${sep}route.ts`) || file === "route.ts");
  return files
    .map((file) => {
      const folder = relative(root, join(root, file, "..")).split(sep).filter(Boolean);
      // Route groups `(name)` are not part of the URL.
      const segments = ["api", ...folder.filter((segment) => !/^\(.*\)$/.test(segment))];
      return { template: `/${segments.join("/")}`, segments, file: join(root, file) };
    })
    .sort((a, b) => a.template.localeCompare(b.template));
}
