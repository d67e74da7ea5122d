import { findTemplate } from "../../lib/templates/catalog";

export type FixtureFile = { path: string; content: string };

/**
 * The Workers documentation's examples are app templates (lib/templates); each scenario folder under
 * e2e/fixtures/scenarios keeps only its EXPECT.md, which says how the project is served and what is seen.
 */
const templateOfScenario = new Map([
  ["01-service-worker-attr", "service-worker-attribute"],
  ["02-worker-attr", "worker-attribute"],
  ["03-named-worker-export", "named-worker-export"],
  ["04-pyworker-sync", "pyworker-sync"],
  ["05-common-use-case", "micropython-main-pyodide-worker"],
  ["06-cached-dom-refs", "cached-dom-references"],
  ["07-mini-coi", "mini-coi"],
]);

/** The files of one scenario project, by its folder name. */
export function scenarioFiles(scenario: string): FixtureFile[] {
  const template = findTemplate(templateOfScenario.get(scenario) ?? "");
  if (!template) throw new Error(`No template for the scenario ${scenario}`);
  return template.files.map(({ path, content }) => ({ path, content }));
}
