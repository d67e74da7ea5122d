import { expect, test, type Page } from "@playwright/test";
import { htmlDocument, interpreterUrl, pyscriptCoreFiles, type Implementation } from "../differential/reference";
import { createProject } from "../support/projects";
import { engines, type EngineCase } from "./project";

/**
 * `pyscript.display`, `.fetch`, `.storage` and `.workers` are each an API and a module path. Whatever the
 * order of imports, the name from `pyscript` is the API, as under @pyscript/core 0.7.31, which runs the same
 * cases side by side on the same interpreter files. All cases run in one page load per engine and thread:
 * each starts from a `pyscript` package imported afresh.
 */
const shadowed = { display: "HTML", fetch: null, storage: "Storage", workers: "PyWorker" } as const;
type Shadowed = keyof typeof shadowed;

function casesFor(name: Shadowed): Record<string, string> {
  const sibling = shadowed[name];
  return {
    [`from pyscript import ${name}`]: `from pyscript import ${name}\nresult = ${name}`,
    ...(sibling ? { [`from pyscript import ${sibling}, ${name}`]: `from pyscript import ${sibling}, ${name}\nresult = ${name}` } : {}),
    [`import pyscript.${name}, then from pyscript import ${name}`]: `import pyscript.${name}\nfrom pyscript import ${name}\nresult = ${name}`,
    [`import pyscript.${name}, then pyscript.${name}`]: `import pyscript.${name}\nimport pyscript\nresult = pyscript.${name}`,
    [`from pyscript.${name} import ${name}, then pyscript.${name}`]: `from pyscript.${name} import ${name} as first\nimport pyscript\nresult = pyscript.${name}`,
    [`pyscript.${name}, then import pyscript.${name}, then pyscript.${name}`]: `import pyscript\nfirst = pyscript.${name}\nimport pyscript.${name}\nresult = pyscript.${name}`,
  };
}
const casesOf = (names: Shadowed[]): Record<string, string> => Object.assign({}, ...names.map(casesFor)) as Record<string, string>;

/**
 * Runs every case, on a `pyscript` package imported afresh when `fresh`, writes what each name turned out to
 * be ("callable", "module" or "object") into #results as JSON, and shows `display(HTML(…))`.
 */
const runner = (cases: Record<string, string>, fresh: boolean) => `import json, sys
from pyscript import document
results = document.getElementById("results")
def fresh():
    if not ${fresh ? "True" : "False"}:
        return
    for key in list(sys.modules):
        if key == "pyscript" or key.startswith("pyscript."):
            del sys.modules[key]
def kind(value):
    if type(value) is type(sys):
        return "module"
    return "callable" if callable(value) else "object"
found = {}
for label, code in json.loads(${JSON.stringify(JSON.stringify(cases))}).items():
    fresh()
    scope = {}
    try:
        exec(code, scope)
        found[label] = kind(scope["result"])
    except Exception as error:
        found[label] = type(error).__name__ + ": " + str(error)
fresh()
from pyscript import HTML, display
display(HTML("<b>hi</b>"), target="shown")
results.textContent = json.dumps(found)`;

/**
 * PyScript has no `workers` in a worker. Nor can its package be imported a second time there (its context
 * module imports a name polyscript gives only once), so its cases run on the package as it booted: it
 * imports every submodule at start, so the order of a page's imports cannot change what it gives.
 */
const modes = [
  { name: "main thread", attribute: "", names: ["display", "fetch", "storage", "workers"], referenceFresh: true },
  { name: "worker", attribute: " worker", names: ["display", "fetch", "storage"], referenceFresh: false },
] as const;

function pageFor(engine: EngineCase, mode: (typeof modes)[number], implementation: Implementation): string {
  const code = runner(casesOf([...mode.names]), implementation === "ours" || mode.referenceFresh);
  const body = (config: string) =>
    `<div id="results"></div><div id="shown"></div>\n<script type="${engine.type}"${mode.attribute}${config}>\n${code}\n</script>`;
  if (implementation === "ours") return htmlDocument("ours", body(""));
  // PyScript's `interpreter` config key points it at the very interpreter files we serve.
  const config = JSON.stringify({ interpreter: interpreterUrl(engine.name) });
  return htmlDocument("pyscript", body(` config='${config}'`));
}

async function resultsOf(page: Page): Promise<Record<string, string>> {
  const results = page.locator("#results");
  await expect(results).not.toBeEmpty({ timeout: 60_000 });
  await expect(page.locator("#shown b")).toHaveText("hi");
  return JSON.parse((await results.textContent()) ?? "{}") as Record<string, string>;
}

for (const engine of engines) {
  for (const mode of modes) {
    test(`${engine.name}, ${mode.name}: ${mode.names.join(", ")} from pyscript are the API in every import order`, async ({
      page,
      request,
    }) => {
      const ours = await createProject(request, [{ path: "index.html", content: pageFor(engine, mode, "ours") }]);
      const reference = await createProject(request, [
        ...pyscriptCoreFiles(),
        { path: "index.html", content: pageFor(engine, mode, "pyscript") },
      ]);
      await page.goto(reference.url);
      const expected = await resultsOf(page);
      await page.goto(ours.url);
      const actual = await resultsOf(page);
      expect(Object.keys(actual).sort()).toEqual(Object.keys(casesOf([...mode.names])).sort());
      expect(actual).toEqual(expected);
      expect(Object.entries(actual).filter(([, kind]) => kind === "module")).toEqual([]);
    });
  }
}
