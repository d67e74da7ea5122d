import type { APIRequestContext, Page } from "@playwright/test";
import { createProject } from "../support/projects";

/** The two engines every runtime spec runs against, with the names PyScript pages use for each. */
export const engines = [
  { name: "pyodide", type: "py", tag: "py-script", prefix: "py" },
  { name: "micropython", type: "mpy", tag: "mpy-script", prefix: "mpy" },
] as const;
export type EngineCase = (typeof engines)[number];

/** A page as people write them: PyScript's own CDN URLs, which the preview answers with our runtime. */
export function pyscriptPage(body: string, head = ""): string {
  return `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
<script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
${head}</head>
<body>
${body}
</body></html>`;
}

/** Creates a project whose only file is `index.html` and opens its preview. */
export async function openPage(page: Page, request: APIRequestContext, html: string): Promise<void> {
  const { url } = await createProject(request, [{ path: "index.html", content: html }]);
  await page.goto(url);
}

/** Records the runtime's lifecycle events so a test can wait for them (a DOM signal, not a timer). */
export async function recordRuntimeEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __runtimeEvents: string[] }).__runtimeEvents = seen;
    for (const name of ["py:ready", "py:done", "mpy:ready", "mpy:done", "py:all-done"]) {
      window.addEventListener(name, (event) => {
        const id = event.target instanceof Element ? event.target.id : "window";
        seen.push(`${name}@${id}`);
      }, true);
    }
  });
}

export async function waitForAllDone(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __runtimeEvents: string[] }).__runtimeEvents.includes("py:all-done@window"));
}

export function runtimeEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __runtimeEvents: string[] }).__runtimeEvents);
}
