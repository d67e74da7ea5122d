import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { apiRouteMark } from "@/lib/server/http/api-route";
import { serverPageMark } from "@/lib/server/http/server-page";

const appDir = fileURLToPath(new URL(".", import.meta.url));
const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Exports Next.js reads from route and page files that are settings, not handlers. */
const settings = new Set(["dynamic", "revalidate", "runtime", "fetchCache", "preferredRegion", "maxDuration", "metadata", "generateMetadata"]);

function filesNamed(dir: string, names: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(path, names);
    return names.includes(entry.name) ? [path] : [];
  });
}

const routeFiles = filesNamed(join(appDir, "api"), ["route.ts"]);
const pageFiles = filesNamed(appDir, ["page.tsx", "page.ts"]);

describe("one way into the data", () => {
  test("the scan finds the app's routes and pages", () => {
    expect(routeFiles.map((f) => relative(appDir, f))).toEqual(expect.arrayContaining(["api/projects/route.ts", "api/auth/[...all]/route.ts"]));
    expect(pageFiles.map((f) => relative(appDir, f))).toContain("(studio)/(dashboard)/page.tsx");
  });

  test.each(routeFiles.map((f) => relative(appDir, f)))("every export of app/%s is a handler built by apiRoute, or a setting", async (file) => {
    const module = (await import(join(appDir, file))) as Record<string, unknown>;
    const handlers = Object.entries(module).filter(([name]) => !settings.has(name));
    expect(handlers.length).toBeGreaterThan(0);
    for (const [name, value] of handlers) {
      expect(httpMethods.has(name), `${file} exports ${name}, which is not an HTTP method`).toBe(true);
      expect((value as Record<symbol, unknown>)[apiRouteMark], `${file} ${name} is not built by apiRoute`).toBe(true);
    }
  });

  test.each(pageFiles.map((f) => relative(appDir, f)))("app/%s is built by serverPage", async (file) => {
    const module = (await import(join(appDir, file))) as { default: Record<symbol, unknown> };
    expect(module.default[serverPageMark], `${file} does not go through serverPage`).toBe(true);
  });
});
