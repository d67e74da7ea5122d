import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      // Outside Next's react-server condition `server-only` throws; tests are server code.
      "server-only": fileURLToPath(new URL("./scripts/empty-module.mjs", import.meta.url)),
      "@": fileURLToPath(new URL(".", import.meta.url)),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", "dist/**", ".next/**"],
    pool: "forks",
    // Most files wait on a database or a child process: two at a time on CI's 2 cores (the default is one).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
