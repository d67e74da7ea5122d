import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type FixtureFile = { path: string; content: string };

const scenarios = join(import.meta.dirname, "..", "fixtures", "scenarios");

/**
 * The files of one scenario project, by its folder name: the Workers documentation's example as the
 * documentation has it, kept here rather than read from the app's templates, so that editing a template
 * cannot change what a scenario proves. EXPECT.md describes the project and is not part of it.
 */
export function scenarioFiles(scenario: string): FixtureFile[] {
  const folder = join(scenarios, scenario);
  return readdirSync(folder)
    .filter((name) => name !== "EXPECT.md")
    .map((name) => ({ path: name, content: readFileSync(join(folder, name), "utf8") }));
}
