import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const runtimeDir = dirname(new URL(import.meta.url).pathname);
const repoRoot = resolve(runtimeDir, "../..");

/** Every specifier a module names: static imports and re-exports, `import("…")` and `typeof import("…")`. */
function specifiers(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((match) => match[1]!);
}

/** What `specifier` reaches, written as a repository path (`lib/runtime/main/…`) or the package name. */
function target(file: string, specifier: string): string {
  if (specifier.startsWith(".")) return relative(repoRoot, resolve(dirname(file), specifier));
  if (specifier.startsWith("@/")) return specifier.slice(2);
  return specifier;
}

/** The import rules of the runtime, as "importer -> imported" lines for each import that breaks one. */
function boundaryViolations(files: Map<string, string>): string[] {
  const side = (path: string) => /^lib\/runtime\/(main|worker)\//.exec(path)?.[1] ?? null;
  const violations: string[] = [];
  for (const [file, source] of files) {
    const from = relative(repoRoot, file);
    for (const specifier of specifiers(source)) {
      const to = target(file, specifier);
      const crossesSides = side(from) !== null && side(to) !== null && side(from) !== side(to);
      const reachesApp = /^(lib\/server|app|components)(\/|$)/.test(to) || /^(react|react-dom|next|server-only)(\/|$)/.test(to);
      if (crossesSides || reachesApp) violations.push(`${from} -> ${specifier}`);
    }
  }
  return violations;
}

/** The runtime's modules, this test aside (its examples of forbidden imports are text, not imports). */
function runtimeSources(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true }).map(String).filter((name) => /\.tsx?$/.test(name) && name !== "boundaries.test.ts");
  return new Map(files.map((name) => [join(dir, name), readFileSync(join(dir, name), "utf8")]));
}

describe("lib/runtime's import boundaries", () => {
  it("keeps worker/ and main/ apart and never reaches server, React or Next code", () => {
    const files = runtimeSources(runtimeDir);
    // The scan reads real imports: the worker's own entry is among them.
    expect(specifiers(files.get(join(runtimeDir, "worker/index.ts"))!)).toContain("../../protocol/worker");
    expect(boundaryViolations(files)).toEqual([]);
  });

  it("names each kind of forbidden import", () => {
    const at = (path: string) => join(runtimeDir, path);
    const files = new Map([
      [at("worker/a.ts"), `import type { X } from "../main/workers/spawn";`],
      [at("main/b.ts"), `const chunk = await import("../worker/index");`],
      [at("ffi/c.ts"), `import { db } from "@/lib/server/db";\nimport { useState } from "react";`],
      [at("packages/d.ts"), `export { x } from "next/server";\nimport { ok } from "../../protocol/worker";`],
    ]);
    expect(boundaryViolations(files)).toEqual([
      "lib/runtime/worker/a.ts -> ../main/workers/spawn",
      "lib/runtime/main/b.ts -> ../worker/index",
      "lib/runtime/ffi/c.ts -> @/lib/server/db",
      "lib/runtime/ffi/c.ts -> react",
      "lib/runtime/packages/d.ts -> next/server",
    ]);
  });
});
