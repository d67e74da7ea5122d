import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

export type FixtureFile = { path: string; content: string };

/** Every file of a fixture folder except EXPECT.md (which describes the project, it is not part of it). */
export function readFixtureFiles(folder: string): FixtureFile[] {
  const files: FixtureFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== "EXPECT.md") files.push({ path: relative(folder, full), content: readFileSync(full, "utf8") });
    }
  };
  walk(folder);
  return files;
}
