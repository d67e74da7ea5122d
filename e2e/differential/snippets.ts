import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import type { DiffCase } from "./case";
import { htmlDocument, interpreterUrl, type Implementation } from "./reference";
import type { Variant } from "./variants";

/** What one case did on one implementation. */
export type CaseResult = { name: string; printed: string[]; error: string | null; stage: string | null };

const runner = readFileSync(join("e2e", "differential", "runner.py"), "utf8");
const scriptType = { pyodide: "py", micropython: "mpy" } as const;

/** JSON that may sit inside a `<script>` element whatever the cases' code says. */
const scriptSafeJson = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The page that runs `cases` on one implementation: `#stage`, the cases as JSON, and the runner as the one
 * script of the variant's engine and thread. Both are pointed at our interpreter files by the same config
 * (`interpreter`), so `pyscript.config` is the same on both.
 */
export function snippetPage(cases: readonly DiffCase[], variant: Variant, implementation: Implementation): string {
  const attributes = [`type="${scriptType[variant.engine]}"`];
  if (variant.thread === "worker") attributes.push("worker");
  if (!variant.isolated) attributes.push('service-worker="./sw.js"');
  attributes.push(`config='${JSON.stringify({ interpreter: interpreterUrl(variant.engine) })}'`);
  const payload = cases.map(({ name, code, html }) => ({ name, code, html }));
  return htmlDocument(
    implementation,
    `<div id="results"></div>
<div id="stage"></div>
<script type="application/json" id="cases">${scriptSafeJson(payload)}</script>
<script ${attributes.join(" ")}>
${runner}
</script>`,
  );
}

/** Waits for the runner to finish and reads what each case did; says which case it stopped in when it does not. */
export async function resultsOf(page: Page, implementation: Implementation): Promise<CaseResult[]> {
  const results = page.locator("#results");
  try {
    await page.locator("#results[data-done]").waitFor({ state: "attached", timeout: 200_000 });
  } catch {
    const current = await results.getAttribute("data-current");
    const errors = await page.locator(".py-error").allTextContents();
    throw new Error(
      `${implementation}: the cases did not finish; ${current ? `stopped in "${current}"` : "none started"}` +
        (errors.length ? `\n${errors.join("\n")}` : ""),
    );
  }
  return JSON.parse((await results.textContent()) ?? "[]") as CaseResult[];
}

const show = (result: CaseResult | undefined): string =>
  result
    ? `printed ${JSON.stringify(result.printed)}; raised ${result.error ?? "nothing"}; #stage ${JSON.stringify(result.stage)}`
    : "did not run";

/** Why a case or page is expected to differ from PyScript, if it is. */
export function markedToDiffer(one: Pick<DiffCase, "intended" | "unfixed" | "differsOn">, variant?: Variant): string | undefined {
  const where = one.differsOn;
  if (where && variant && !((where.engines ?? [variant.engine]).includes(variant.engine) && (where.threads ?? [variant.thread]).includes(variant.thread))) {
    return undefined;
  }
  if (one.intended) return `intended to differ (${one.intended})`;
  if (one.unfixed) return `marked unfixed (${one.unfixed})`;
  return undefined;
}

const same = (a: CaseResult | undefined, b: CaseResult | undefined): boolean =>
  Boolean(a && b) && JSON.stringify([a?.printed, a?.error, a?.stage]) === JSON.stringify([b?.printed, b?.error, b?.stage]);

/** One line per case that does not behave as it should: differs when it should match, or matches when marked to differ. */
export function mismatches(cases: readonly DiffCase[], variant: Variant, ours: CaseResult[], reference: CaseResult[]): string[] {
  const byName = (results: CaseResult[]) => new Map(results.map((result) => [result.name, result]));
  const oursByName = byName(ours);
  const referenceByName = byName(reference);
  return cases.flatMap((one) => {
    const a = oursByName.get(one.name);
    const b = referenceByName.get(one.name);
    if (!a || !b) return [`${one.name}\n  ours:     ${show(a)}\n  pyscript: ${show(b)}`];
    const differs = markedToDiffer(one, variant);
    if (differs) return same(a, b) ? [`${one.name}\n  ${differs}, but both: ${show(a)}`] : [];
    return same(a, b) ? [] : [`${one.name}\n  ours:     ${show(a)}\n  pyscript: ${show(b)}`];
  });
}
