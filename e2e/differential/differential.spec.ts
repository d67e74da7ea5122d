import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import type { DiffCase } from "./case";
import { loadCaseFiles } from "./case-files";
import { implementationFiles, type Implementation } from "./reference";
import { mismatches, resultsOf, snippetPage } from "./snippets";
import { appliesTo, variantName, variantsOf } from "./variants";

/**
 * Every case file in cases/ (one per module: `export const cases: DiffCase[]`), run on our runtime and on
 * @pyscript/core 0.7.31: one page load per implementation, engine and thread for each group of files below,
 * with all of the group's cases. Booting Pyodide costs more than most groups' cases: few groups, few boots.
 */
const caseFiles = await loadCaseFiles<DiffCase>("cases", "cases");

/** `pyscript` alone, the `web-*` files together as `pyscript.web`, and the other modules together. */
function pageGroups(files: { module: string; cases: DiffCase[] }[]): { group: string; cases: DiffCase[] }[] {
  const top = files.filter(({ module }) => module === "pyscript");
  const web = files.filter(({ module }) => module.startsWith("web-"));
  const rest = files.filter((file) => !top.includes(file) && !web.includes(file));
  return [
    { group: "pyscript", cases: top.flatMap((file) => file.cases) },
    { group: "pyscript.web", cases: web.flatMap((file) => file.cases) },
    { group: rest.map(({ module }) => module).join(", "), cases: rest.flatMap((file) => file.cases) },
  ].filter(({ cases }) => cases.length > 0);
}

/**
 * Each group on an isolated page; and, once per engine, the `notIsolated` cases of every group together in a
 * worker of a page that is not isolated. There PyScript's worker reaches the page through its service worker,
 * about a second per read, so its boot alone costs more than most groups' cases: one such boot per engine.
 */
const groups = pageGroups(caseFiles);
const everyCase = groups.flatMap(({ cases }) => cases);
const runs = [
  ...groups.map(({ group, cases }) => ({ group, cases, variants: variantsOf(cases, { isolated: true }) })),
  { group: "every module", cases: everyCase, variants: variantsOf(everyCase, { isolated: false }) },
];

for (const { group, cases, variants } of runs) {
  test.describe(group, () => {
    for (const variant of variants) {
      const applicable = cases.filter((one) => appliesTo(one, variant));
      test(`${variantName(variant)}: ${applicable.length} cases behave as under @pyscript/core 0.7.31`, async ({ page, request }) => {
        // Two interpreter boots, one per implementation, and up to a few hundred cases on each.
        test.setTimeout(420_000);
        const run = async (implementation: Implementation) => {
          const { url } = await createProject(
            request,
            [...implementationFiles(implementation), { path: "index.html", content: snippetPage(applicable, variant, implementation) }],
            { isolated: variant.isolated },
          );
          await page.goto(url);
          return resultsOf(page, implementation);
        };
        const reference = await run("pyscript");
        const ours = await run("ours");
        const failing = mismatches(applicable, variant, ours, reference);
        expect(failing, `${failing.length} of ${applicable.length} cases:\n\n${failing.join("\n\n")}`).toEqual([]);
      });
    }
  });
}
