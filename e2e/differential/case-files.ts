import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Every `*.ts` file of a folder of e2e/differential, by file name without `.ts`, with the named export. */
export async function loadCaseFiles<T extends { name: string }>(folder: string, exported: string): Promise<{ module: string; cases: T[] }[]> {
  const path = join(process.cwd(), "e2e", "differential", folder);
  const files = await Promise.all(
    readdirSync(path)
      .filter((file) => file.endsWith(".ts"))
      .sort()
      .map(async (file) => ({
        module: file.replace(/\.ts$/, ""),
        cases: ((await import(pathToFileURL(join(path, file)).href)) as Record<string, T[]>)[exported] ?? [],
      })),
  );
  const names = files.flatMap(({ cases }) => cases.map((one) => one.name));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  if (repeated.length) throw new Error(`differential case names must be unique; repeated: ${repeated.join(", ")}`);
  return files;
}
