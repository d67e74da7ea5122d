import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { z } from "zod";
import { e2eServer } from "../server-config";

/** The two engines every runtime spec runs against, with the names PyScript pages use for each. */
export const engines = [
  { name: "pyodide", type: "py", tag: "py-script", prefix: "py" },
  { name: "micropython", type: "mpy", tag: "mpy-script", prefix: "mpy" },
] as const;
export type EngineCase = (typeof engines)[number];

export type ProjectFile = { path: string; content: string | Buffer };

const createdSchema = z.object({ project: z.object({ id: z.string(), slug: z.string() }) });

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

/** Creates a project through the app's JSON API, as the editor does, and returns its preview URL. */
export async function createProject(
  request: APIRequestContext,
  files: ProjectFile[],
  appOrigin: string = e2eServer.appOrigin,
): Promise<{ slug: string; url: string }> {
  const response = await request.post(`${appOrigin}/api/projects`, {
    data: {
      title: `runtime ${randomBytes(4).toString("hex")}`,
      files: files.map((file) =>
        typeof file.content === "string"
          ? { path: file.path, content: file.content }
          : { path: file.path, content: file.content.toString("base64"), encoding: "base64" },
      ),
    },
  });
  if (!response.ok()) throw new Error(`POST /api/projects: ${response.status()} ${await response.text()}`);
  const { project } = createdSchema.parse(await response.json());
  return { slug: project.slug, url: `http://${project.slug}.preview.localhost:${new URL(appOrigin).port}/` };
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
