import { expect, test, type Page } from "@playwright/test";
import { findTemplate } from "../../lib/templates/catalog";
import { openThirdPartyStorageContext } from "../support/third-party-storage";
import { createFromTemplate, savedContent } from "./workbench";

/**
 * Every template, the way a person uses it: sign up, create it from the dashboard, change one file in the editor,
 * save (the dot goes, the server has the new text), run, and see the change in the preview and the console.
 * A project without the isolation headers runs in the editor framed but not isolated, on the service worker
 * its templates rely on; a browser as people browse lets that frame keep it (a test browser's off-the-record
 * default does not). Such a project is also opened in its own tab, where it is a top-level page.
 */
type Journey = {
  template: string;
  file: string;
  edit: (content: string) => string;
  console: string;
  /** What the editor's preview frame shows after Run. */
  preview?: string;
  /** What the preview's own tab shows, for a project without isolation. */
  ownTab?: string;
};

const replace = (from: string, to: string) => (content: string) => {
  if (!content.includes(from)) throw new Error(`template text changed: ${from}`);
  return content.replace(from, to);
};

const journeys: Journey[] = [
  { template: "hello-pyodide", file: "main.py", edit: replace("Hello from Python", "Edited on Python"), console: "Edited on Python 3.", preview: "Edited on Python 3." },
  { template: "hello-micropython", file: "main.py", edit: replace('"Hello from "', '"Edited on "'), console: "Edited on micropython", preview: "Edited on micropython" },
  {
    template: "blank",
    file: "main.py",
    edit: () => 'from pyscript import display\nprint("printed by blank")\ndisplay("shown by blank")\n',
    console: "printed by blank",
    preview: "shown by blank",
  },
  { template: "worker-dom", file: "worker.py", edit: replace("running in a worker", "edited, in a worker"), console: "edited, in a worker: True", preview: "edited, in a worker: True" },
  { template: "micropython-main-pyodide-worker", file: "worker.py", edit: replace("6 * 7", "6 * 8"), console: "48", preview: "48" },
  {
    template: "service-worker-attribute",
    file: "index.html",
    edit: replace('document.body.append("Hello PyScript!")', 'document.body.append("Hello editor!"); print("printed by the worker")'),
    console: "printed by the worker",
    preview: "Hello editor!",
    ownTab: "Hello editor!",
  },
  {
    template: "worker-attribute",
    file: "my-worker-code.py",
    edit: (c) => replace("in worker:", "edited in worker:")(c) + "print(line.textContent)\n",
    console: "micropython edited in worker: True",
    preview: "micropython edited in worker: True",
  },
  {
    template: "named-worker-export",
    file: "my-worker-code.py",
    edit: replace("    return sys.version", '    print("version() was called")\n    return "edited " + sys.version'),
    console: "version() was called",
    preview: "worker says: edited 3.",
  },
  {
    template: "pyworker-sync",
    file: "worker.py",
    edit: (c) => replace('sync.hello("PyScript")', 'sync.hello("editor")')(replace("window.console.log(greeting)", "print(greeting)")(c)),
    console: "Hello, editor",
    preview: "Hello, editor",
  },
  { template: "cached-dom-references", file: "index.html", edit: replace('dataset.test = "fine"', 'dataset.test = "edited"'), console: "edited", preview: "edited" },
  {
    template: "mini-coi",
    file: "index.html",
    edit: replace(
      'document.body.append(f"isolated: {js.crossOriginIsolated}")',
      'print("mini-coi ran"); document.body.append(f"edited, isolated: {js.crossOriginIsolated}")',
    ),
    console: "mini-coi ran",
    // mini-coi isolates a top-level page only: a frame is isolated only inside an isolated page, and this
    // project's editor is not, so in the editor the worker cannot reach the page and says so after the print.
    ownTab: "edited, isolated: True",
  },
];

async function followJourney(page: Page, journey: Journey): Promise<void> {
  const template = findTemplate(journey.template)!;
  const { workbench, slug } = await createFromTemplate(page, template.title);
  const original = template.files.find((f) => f.path === journey.file)!.content;
  const edited = journey.edit(original);

  await workbench.openFile(journey.file);
  await workbench.replaceText(edited);
  await expect(workbench.tab(journey.file)).toHaveAttribute("data-dirty", "true");
  await workbench.save();
  await workbench.expectSaved(journey.file);
  expect(await savedContent(page, slug, journey.file)).toBe(edited);

  await page.getByRole("button", { name: "Run" }).click();
  await expect(workbench.console).toContainText(journey.console, { timeout: 60_000 });
  if (journey.preview) await expect(workbench.preview.locator("body")).toContainText(journey.preview, { timeout: 30_000 });
  if (journey.ownTab) {
    const opened = page.waitForEvent("popup");
    await page.getByRole("link", { name: "Open the preview" }).click();
    await expect((await opened).locator("body")).toContainText(journey.ownTab, { timeout: 60_000 });
  }
}

const title = (journey: Journey, outcome: string) =>
  `${findTemplate(journey.template)!.title}: new project → edit ${journey.file} → save → run → ${outcome}`;

for (const journey of journeys.filter((j) => findTemplate(j.template)!.isolated)) {
  test(title(journey, "output in the preview and the console"), async ({ page }) => {
    await followJourney(page, journey);
  });
}

test.describe("without isolation, in a browser that lets the editor's framed preview keep its service worker", () => {
  for (const journey of journeys.filter((j) => !findTemplate(j.template)!.isolated)) {
    const inEditor = journey.preview ? "the preview, the console" : "the console";
    test(title(journey, `output in ${inEditor} and the preview's own tab`), async ({ launchOptions, baseURL }) => {
      // A browser per journey: each signs a new person up, as the isolated journeys do in their own context.
      const { context, close } = await openThirdPartyStorageContext({ ...launchOptions, baseURL });
      try {
        await followJourney(await context.newPage(), journey);
      } finally {
        await close();
      }
    });
  }
});
