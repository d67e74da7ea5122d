import type { NextConfig } from "next";

const config: NextConfig = {
  // The database drivers load wasm and native files from their own package folders at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
