import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ProjectFile } from "../support/projects";
import type { Engine } from "./case";

/**
 * @pyscript/core 0.7.31, the reference, served as project files from the same preview server as ours, and
 * pointed by its `interpreter` config key at the very interpreter files our runtime serves.
 */
export const referenceCoreFolder = "pyscript";

/** Its dist's scripts and styles as project files under `pyscript/` (source maps left out). */
export function pyscriptCoreFiles(): ProjectFile[] {
  const dist = join("node_modules", "@pyscript", "core", "dist");
  return readdirSync(dist)
    .filter((name) => name.endsWith(".js") || name.endsWith(".css"))
    .map((name) => ({ path: `${referenceCoreFolder}/${name}`, content: readFileSync(join(dist, name), "utf8") }));
}

const runtimeHash = (): string => (JSON.parse(readFileSync("dist/runtime/manifest.json", "utf8")) as { hash: string }).hash;
const interpreterModule: Record<Engine, string> = {
  pyodide: "pyodide/pyodide.mjs",
  micropython: "micropython/micropython.mjs",
};

/** The interpreter module our runtime serves, as a URL path any project page can use. */
export const interpreterUrl = (engine: Engine): string => `/_runtime/${runtimeHash()}/${interpreterModule[engine]}`;

export type Implementation = "ours" | "pyscript";

/**
 * Where each implementation's core.js and core.css are: for ours, PyScript's own URLs as people write them
 * (the preview answers them with our runtime); for the reference, its files in the project.
 */
export const coreUrls: Record<Implementation, { js: string; css: string }> = {
  ours: { js: "https://pyscript.net/releases/2025.11.1/core.js", css: "https://pyscript.net/releases/2025.11.1/core.css" },
  pyscript: { js: `/${referenceCoreFolder}/core.js`, css: `/${referenceCoreFolder}/core.css` },
};

/** The files a project needs besides its own to run on an implementation. */
export const implementationFiles = (implementation: Implementation): ProjectFile[] =>
  implementation === "pyscript" ? pyscriptCoreFiles() : [];

export function htmlDocument(implementation: Implementation, body: string): string {
  const core = coreUrls[implementation];
  return `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="${core.css}">
<script type="module" src="${core.js}"></script>
</head>
<body>
${body}
</body></html>`;
}
