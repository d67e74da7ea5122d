import type { NextConfig } from "next";

/**
 * The editor, read-only and embed pages frame the preview with `allow="cross-origin-isolated"`; the frame is
 * isolated only if the page framing it is too. Everything these pages load is ours and same-origin, so
 * require-corp costs nothing there. The dashboard and sign-in pages stay as they are.
 */
const isolatedPaths = ["/p/:path*", "/v/:path*", "/embed/:path*"];
const isolationHeaders = [
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
];

/**
 * Monaco's and Ruff's workers, loaded by the isolated editor: under COEP require-corp a dedicated worker's
 * script must itself send COEP, or the browser refuses to start it.
 */
const editorAssetHeaders = [
  { key: "Cross-Origin-Embedder-Policy", value: "require-corp" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

const config: NextConfig = {
  // The database drivers load wasm and native files from their own package folders at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      ...isolatedPaths.map((source) => ({ source, headers: isolationHeaders })),
      { source: "/_editor/:path*", headers: editorAssetHeaders },
    ];
  },
};

export default config;
