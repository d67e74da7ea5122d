import { expect, test } from "@playwright/test";
import { loadCaseFiles } from "./case-files";
import type { DiffPage } from "./page-case";
import { runPage, samePage } from "./pages";
import { markedToDiffer } from "./snippets";

/** Every page-level case in pages/ (`export const pages: DiffPage[]`): one test, two page loads, per page. */
const pageFiles = await loadCaseFiles<DiffPage>("pages", "pages");

for (const { module, cases } of pageFiles) {
  test.describe(module, () => {
    for (const one of cases) {
      test(`${one.name} as under @pyscript/core 0.7.31`, async ({ page, request }) => {
        test.slow(); // two pages, each booting its interpreters
        const reference = await runPage(page, request, one, "pyscript");
        const ours = await runPage(page, request, one, "ours");
        const both = `ours:     ${JSON.stringify(ours)}\npyscript: ${JSON.stringify(reference)}`;
        const differs = markedToDiffer(one);
        if (differs) expect(samePage(ours, reference), `${differs}, but both:\n${both}`).toBe(false);
        else expect(samePage(ours, reference), `the page differs:\n${both}`).toBe(true);
      });
    }
  });
}
