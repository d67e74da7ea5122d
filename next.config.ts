import type { NextConfig } from "next";

/**
 * The framing policy (`frame-ancestors`) of every app response, and the isolation headers of the editor,
 * read-only and embed pages, are set by server.ts (lib/server/http/app-page-headers.ts): the isolation of
 * those pages follows the project's own switch, which a static list of paths here cannot know.
 */

/**
 * Monaco's and Ruff's workers, loaded by the isolated editor: under COEP require-corp a dedicated worker's
 * script must itself send COEP, or the browser refuses to start it.
 */
const editorAssetHeaders = [
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

/**
 * What scripts/build-editor.mjs names by content hash (Monaco's entry, chunks, stylesheet and font) never
 * changes under its name: cached for a year without asking again. The stable names (monaco.js, the workers,
 * Ruff's wasm) keep the default, revalidated on each load.
 */
const immutable = [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }];
const hashedEditorAssets = ["/_editor/chunks/:file*", "/_editor/assets/:file*", "/_editor/:file(monaco-[A-Z0-9]+\\.(?:js|css))"];

const config: NextConfig = {
  // The database drivers load wasm and native files from their own package folders at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/_editor/:path*", headers: editorAssetHeaders },
      ...hashedEditorAssets.map((source) => ({ source, headers: immutable })),
    ];
  },
  // oEmbed consumers expect the endpoint at a stable, short address; it is an API route like every other.
  async rewrites() {
    return [{ source: "/oembed", destination: "/api/oembed" }];
  },
};

export default config;
