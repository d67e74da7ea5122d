// `npm run packages:install -- [--sha256=<hex>] [--lock-sha256=<hex>] <URL or path of a Pyodide distribution
// archive>`: fills the local package folder (PYODIDE_PACKAGES_DIR, default <DATA_DIR>/pyodide-packages).
// See docs/self-hosting.md.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { DistributionError, installDistribution, type PyodideLock } from "../lib/server/pyodide-distribution";
import { pyodidePackagesDir } from "../lib/server/pyodide-packages";

const usage =
  "Usage: npm run packages:install -- [--sha256=<archive sha256>] [--lock-sha256=<pyodide-lock.json sha256>] <URL or path of a Pyodide distribution archive, e.g. pyodide-<version>.tar.bz2>";
const sha256 = z.string().regex(/^[0-9a-fA-F]{64}$/, "a sha256 is 64 hexadecimal digits").optional();
const argsSchema = z.object({
  source: z.string().min(1, "Name one archive."),
  archive: sha256,
  lock: sha256,
});

function readArgs(): z.infer<typeof argsSchema> {
  try {
    const { values, positionals } = parseArgs({
      options: { sha256: { type: "string" }, "lock-sha256": { type: "string" } },
      allowPositionals: true,
    });
    const parsed = argsSchema.safeParse({ source: positionals.length === 1 ? positionals[0] : "", archive: values.sha256, lock: values["lock-sha256"] });
    if (parsed.success) return parsed.data;
    console.error(`${parsed.error.issues[0]!.message}\n${usage}`);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
  }
  process.exit(2);
}

const { source, ...expected } = readArgs();
const target = pyodidePackagesDir();
const ours = (JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8")) as PyodideLock).info;
try {
  const { installed, notInArchive } = await installDistribution(source, target, ours, expected);
  console.log(`Installed ${installed.length} package files into ${target}, each checked against pyodide-lock.json.`);
  if (!expected.archive && !expected.lock) {
    console.log("Not checked: that this is the archive you meant (give --sha256 or --lock-sha256 for that).");
  }
  if (notInArchive.length) console.log(`Listed in the lock but not in the archive (pages cannot load them): ${notInArchive.length}.`);
} catch (error) {
  if (!(error instanceof DistributionError)) throw error;
  console.error(error.message);
  process.exit(1);
}
