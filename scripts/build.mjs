// Builds everything `npm start` needs: the browser runtime, the code editor's assets, the Next.js app, and the Node server bundle.
import { execFileSync } from "node:child_process";
import { build } from "esbuild";
import { buildEditor } from "./build-editor.mjs";
import { buildRuntime } from "./build-runtime.mjs";

const emptyServerOnly = {
  name: "server-only",
  // `server-only` throws outside Next's react-server condition; the custom server is server code by definition.
  setup(b) {
    b.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "" }));
  },
};

export async function buildServer() {
  await build({
    entryPoints: ["server.ts"],
    outfile: "dist/server.mjs",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    plugins: [emptyServerOnly],
    logLevel: "warning",
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.argv[2];
  if (!only || only === "runtime") await buildRuntime();
  if (!only || only === "editor") await buildEditor();
  if (!only || only === "next") execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  if (!only || only === "server") await buildServer();
}
