import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { apiRouteMark } from "@/lib/server/http/api-route";
import { serverMetadataMark, serverPageMark } from "@/lib/server/http/server-page";

const appDir = fileURLToPath(new URL(".", import.meta.url));
const httpMethods = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Exports Next.js reads from route and page files that are settings, not handlers. */
const settings = new Set(["dynamic", "revalidate", "runtime", "fetchCache", "preferredRegion", "maxDuration", "metadata", "generateMetadata"]);

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? allFiles(path) : [path];
  });
}

/** Every file under app/, whatever its extension (a route.js or page.jsx is a route too), as paths from app/. */
const files = allFiles(appDir).map((f) => relative(appDir, f));
const code = files.filter((f) => /\.(tsx?|jsx?|mjs|cjs|mts|cts|mdx?)$/.test(f) && !/\.(test|contract)\.ts$/.test(f));
const routeFiles = code.filter((f) => /(^|\/)route\.[^/]+$/.test(f));
const pageFiles = code.filter((f) => /(^|\/)page\.[^/]+$/.test(f));
/** Files Next.js imports as modules: routes, pages, layouts, templates, not-found and error pages… */
const moduleFiles = code.filter((f) => !/\.mdx?$/.test(f));

describe("one way into the data", () => {
  test("the scan finds the app's routes, pages and every other file", () => {
    expect(routeFiles).toEqual(expect.arrayContaining(["api/projects/route.ts", "api/auth/[...all]/route.ts"]));
    expect(pageFiles).toContain("(studio)/(dashboard)/page.tsx");
    expect(files).toEqual(expect.arrayContaining(["layout.tsx", "globals.css", "icon.svg", "embed/[slug]/not-found.tsx"]));
  });

  test("no file declares server actions: each would be a public endpoint outside apiRoute", () => {
    for (const file of code) {
      expect(/["']use server["']/.test(readFileSync(join(appDir, file), "utf8")), `${file} says "use server"`).toBe(false);
    }
  });

  test.each(routeFiles)("every export of app/%s is a handler built by apiRoute, or a setting", async (file) => {
    const module = (await import(join(appDir, file))) as Record<string, unknown>;
    const handlers = Object.entries(module).filter(([name]) => !settings.has(name));
    expect(handlers.length).toBeGreaterThan(0);
    for (const [name, value] of handlers) {
      expect(httpMethods.has(name), `${file} exports ${name}, which is not an HTTP method`).toBe(true);
      expect((value as Record<symbol, unknown>)[apiRouteMark], `${file} ${name} is not built by apiRoute`).toBe(true);
    }
  });

  test.each(pageFiles)("app/%s is built by serverPage", async (file) => {
    const module = (await import(join(appDir, file))) as { default: Record<symbol, unknown> };
    expect(module.default[serverPageMark], `${file} does not go through serverPage`).toBe(true);
  });

  test("every generateMetadata under app/ is built by serverMetadata", async () => {
    const found: string[] = [];
    for (const file of moduleFiles) {
      const module = (await import(join(appDir, file))) as { generateMetadata?: Record<symbol, unknown> };
      if (module.generateMetadata === undefined) continue;
      found.push(file);
      expect(module.generateMetadata[serverMetadataMark], `${file}'s generateMetadata does not go through serverMetadata`).toBe(true);
    }
    expect(found).toContain("(studio)/p/[slug]/page.tsx");
  });
});
