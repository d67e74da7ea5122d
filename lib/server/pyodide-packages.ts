import { join, resolve } from "node:path";
import { z } from "zod";
import { loadConfig } from "../config";

/**
 * The local Pyodide package folder the runtime serves `packages = ["name"]` from, and that
 * `npm run packages:install` fills: PYODIDE_PACKAGES_DIR, else `pyodide-packages` in the data folder.
 */
export function pyodidePackagesDir(env: NodeJS.ProcessEnv = process.env): string {
  const own = z.object({ PYODIDE_PACKAGES_DIR: z.string().min(1).optional() }).parse(env).PYODIDE_PACKAGES_DIR;
  return resolve(own ?? join(loadConfig(env).dataDir, "pyodide-packages"));
}
