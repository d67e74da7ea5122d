import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import type { DiffCase } from "./case";
import { loadCaseFiles } from "./case-files";
import { implementationFiles, type Implementation } from "./reference";
import { mismatches, resultsOf, snippetPage } from "./snippets";
import { appliesTo, variantName, variantsOf } from "./variants";

/**
 * Every case file in cases/ (one per module: `export const cases: DiffCase[]`), run on our runtime and on
 * @pyscript/core 0.7.31: one page load per implementation, engine and thread, with all of the file's cases.
 */
const caseFiles = await loadCaseFiles<DiffCase>("cases", "cases");

for (const { module, cases } of caseFiles) {
  test.describe(module, () => {
    for (const variant of variantsOf(cases)) {
      const applicable = cases.filter((one) => appliesTo(one, variant));
      test(`${variantName(variant)}: ${applicable.length} cases behave as under @pyscript/core 0.7.31`, async ({ page, request }) => {
        test.slow(); // two interpreter boots, one per implementation, where other specs have one
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
