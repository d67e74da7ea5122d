import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { e2eServer } from "../server-config";
import { createProject, type TestProject } from "../support/projects";
import { serveHostPage, embedFrame, type HostPage } from "./host-page";

export const pageOf = (type = "mpy") => `<!doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2025.11.1/core.js"></script>
  </head>
  <body>
    <h1>Embedded page</h1>
    <script type="${type}" src="main.py"></script>
  </body>
</html>
`;

/** A small MicroPython project that prints a line and shows one on the page. */
export function helloProject(request: APIRequestContext, options: { isolated?: boolean } = {}): Promise<TestProject> {
  return createProject(
    request,
    [
      { path: "index.html", content: pageOf() },
      { path: "main.py", content: 'from pyscript import display\nprint("printed by the embed")\ndisplay("shown by the embed")\n' },
    ],
    options,
  );
}

export async function setVisibility(request: APIRequestContext, project: TestProject, visibility: "private" | "unlisted" | "public") {
  const response = await request.patch(`${e2eServer.appOrigin}/api/projects/${project.id}`, { data: { visibility } });
  expect(response.ok(), await response.text()).toBe(true);
}

export const embedUrl = (slug: string, query = "") => `${e2eServer.appOrigin}/embed/${slug}${query}`;

/** A third party's page on another port with the embed in it, opened in `page`; closed with the test. */
export async function openHostPage(page: Page, body: string): Promise<HostPage> {
  const host = await serveHostPage(body);
  await page.goto(host.url);
  return host;
}

export { embedFrame };
