import type { APIRequestContext, Page } from "@playwright/test";
import { createProject } from "../support/projects";
import type { ProjectFile, TestProject } from "../support/projects";

/** The engine pairs and isolation modes every worker spec runs over. */
export type MainType = "py" | "mpy";
export type WorkerType = "pyodide" | "micropython";
export type Combo = { main: MainType; worker: WorkerType; isolated: boolean };

export const workerTypes: WorkerType[] = ["pyodide", "micropython"];
export const scriptTypeOf: Record<WorkerType, MainType> = { pyodide: "py", micropython: "mpy" };

/** Where a page's Python runs, for specs that check one API everywhere: the page, or a worker with and without isolation. */
export const threadModes = [
  { name: "main thread", worker: false, isolated: true },
  { name: "worker, isolated", worker: true, isolated: true },
  { name: "worker, not isolated", worker: true, isolated: false },
] as const;

export function combos(): Combo[] {
  const all: Combo[] = [];
  for (const main of ["py", "mpy"] as const)
    for (const worker of workerTypes) for (const isolated of [true, false]) all.push({ main, worker, isolated });
  return all;
}

export const comboName = (c: Combo): string =>
  `${c.main} main, ${c.worker} worker, ${c.isolated ? "isolated" : "not isolated"}`;

/** A page as a person writes it: the pyscript.net URL (our preview answers it), then the body. */
export function pageHtml(body: string): string {
  return `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/** Creates a project whose index.html is `pageHtml(body)`, plus `files`, and opens its preview. */
export async function openWorkerPage(
  page: Page,
  request: APIRequestContext,
  body: string,
  { isolated, files = [] }: { isolated: boolean; files?: ProjectFile[] },
): Promise<TestProject> {
  const project = await createProject(request, [{ path: "index.html", content: pageHtml(body) }, ...files], { isolated });
  await page.goto(project.url);
  return project;
}

/** Text a script appended to the body, without the text of script elements themselves. */
export const visibleBody = (page: Page) => page.locator("body");
