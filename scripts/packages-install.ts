// `npm run packages:install -- <URL or path of a Pyodide distribution archive>`: fills the local package
// folder (PYODIDE_PACKAGES_DIR, default <DATA_DIR>/pyodide-packages). See docs/self-hosting.md.
import { readFileSync } from "node:fs";
import { DistributionError, installDistribution, type PyodideLock } from "../lib/server/pyodide-distribution";
import { pyodidePackagesDir } from "../lib/server/pyodide-packages";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run packages:install -- <URL or path of a Pyodide distribution archive, e.g. pyodide-<version>.tar.bz2>");
  process.exit(2);
}
const target = pyodidePackagesDir();
const ours = (JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8")) as PyodideLock).info;
try {
  const { installed, notInArchive } = await installDistribution(source, target, ours);
  console.log(`Installed ${installed.length} package files into ${target}, each checked against pyodide-lock.json.`);
  if (notInArchive.length) console.log(`Listed in the lock but not in the archive (pages cannot load them): ${notInArchive.length}.`);
} catch (error) {
  if (!(error instanceof DistributionError)) throw error;
  console.error(error.message);
  process.exit(1);
}
