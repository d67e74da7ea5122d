import { expect, test } from "@playwright/test";
import type { APIRequestContext, Page } from "@playwright/test";
import { z } from "zod";
import { e2eServer } from "./server-config";
import { createProject } from "./support/projects";
import type { ProjectFile } from "./support/projects";

/**
 * Published versions on the preview origin in real Chromium: what `/v/<n>/` serves is what was published,
 * whatever the draft at `/` does afterwards, service workers included.
 */

const revisionResponse = z.object({ project: z.object({ revision: z.number().int() }) });

async function publish(request: APIRequestContext, projectId: string): Promise<number> {
  const response = await request.post(`${e2eServer.appOrigin}/api/projects/${projectId}/versions`, { data: {} });
  if (response.status() !== 201) throw new Error(`publish: ${response.status()} ${await response.text()}`);
  return z.object({ version: z.object({ number: z.number() }) }).parse(await response.json()).version.number;
}

async function replaceDraft(request: APIRequestContext, projectId: string, files: ProjectFile[]): Promise<void> {
  const url = `${e2eServer.appOrigin}/api/projects/${projectId}`;
  const { project } = revisionResponse.parse(await (await request.get(url)).json());
  const response = await request.put(`${url}/files`, {
    data: { revision: project.revision, files: files.map(({ path, content }) => ({ path, content: String(content) })) },
  });
  if (!response.ok()) throw new Error(`PUT files: ${response.status()} ${await response.text()}`);
}

const published = `<!doctype html><meta charset="utf-8"><title>v1</title><h1 id="content">published bytes</h1>`;

/** Answers every request in its scope with a page of its own: what a hostile draft would install. */
const rewritingWorker = `
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("fetch", (event) => {
  event.respondWith(new Response('<!doctype html><h1 id="content">rewritten by the draft</h1>', {
    headers: { "content-type": "text/html" },
  }));
});
`;

/**
 * The draft's attack, run from `/`: every way a project file could become a service worker whose scope
 * covers `/v/1/`. Each result lands in #attempts as "registered" or "refused: <error>".
 */
const attackPage = `<!doctype html><meta charset="utf-8"><title>draft</title>
<h1 id="content">draft</h1><pre id="attempts"></pre>
<script>
const attempts = [
  ["root worker, scope /", "/evil-sw.js", { scope: "/" }],
  ["root worker, scope /v/1/", "/evil-sw.js", { scope: "/v/1/" }],
  ["the project's own /sw.js", "/sw.js", { scope: "/" }],
  ["root worker from the HTTP cache", "/evil-sw.js?cached", { scope: "/", updateViaCache: "all" }],
  ["folder worker widened to /v/1/", "/app/evil-sw.js", { scope: "/v/1/" }],
  ["worker at /latest/", "/latest/evil-sw.js", { scope: "/latest/" }],
];
(async () => {
  await fetch("/evil-sw.js?cached");
  const results = {};
  for (const [name, url, options] of attempts) {
    try {
      await navigator.serviceWorker.register(url, options);
      results[name] = "registered";
    } catch (error) {
      results[name] = "refused: " + error.name;
    }
  }
  document.getElementById("attempts").textContent = JSON.stringify(results);
  document.body.dataset.state = "done";
})();
</script>`;

/** The control: the same worker, registered where it is allowed (scope /app/), does rewrite its pages. */
const controlPage = `<!doctype html><meta charset="utf-8"><title>app</title><h1 id="content">app page</h1>
<script>
navigator.serviceWorker.register("./evil-sw.js").then(async () => {
  await navigator.serviceWorker.ready;
  document.body.dataset.state = "installed";
});
</script>`;

const content = (page: Page) => page.locator("#content");

test("a service worker the draft registers cannot change what /v/1/ serves", async ({ page, request }) => {
  const project = await createProject(request, [{ path: "index.html", content: published }], { isolated: false });
  expect(await publish(request, project.id)).toBe(1);
  // The version itself carries the worker too, so `/latest/evil-sw.js` exists to be tried.
  await replaceDraft(request, project.id, [
    { path: "index.html", content: published },
    { path: "evil-sw.js", content: rewritingWorker },
  ]);
  expect(await publish(request, project.id)).toBe(2);
  await replaceDraft(request, project.id, [
    { path: "index.html", content: attackPage },
    { path: "evil-sw.js", content: rewritingWorker },
    { path: "sw.js", content: rewritingWorker },
    { path: "app/index.html", content: controlPage },
    { path: "app/evil-sw.js", content: rewritingWorker },
  ]);

  const v1 = `${project.url}v/1/`;
  await page.goto(v1);
  await expect(content(page)).toHaveText("published bytes");

  await page.goto(project.url);
  await expect(page.locator("body")).toHaveAttribute("data-state", "done");
  const results = JSON.parse((await page.locator("#attempts").textContent()) ?? "{}") as Record<string, string>;
  // What a visitor sees first: the version, untouched.
  await page.goto(v1);
  await expect(content(page)).toHaveText("published bytes");
  expect(results).toEqual({
    "root worker, scope /": "refused: TypeError",
    "root worker, scope /v/1/": "refused: TypeError",
    "the project's own /sw.js": "refused: TypeError",
    "root worker from the HTTP cache": "refused: TypeError",
    "folder worker widened to /v/1/": "refused: SecurityError",
    "worker at /latest/": "refused: TypeError",
  });

  // The control: the attack's worker works where the platform lets it, so the refusals above are what protect.
  await page.goto(`${project.url}app/`);
  await expect(page.locator("body")).toHaveAttribute("data-state", "installed");
  await page.reload();
  await expect(content(page)).toHaveText("rewritten by the draft");

  await page.goto(v1);
  await expect(content(page)).toHaveText("published bytes");
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname));
  expect(scopes).toEqual(["/app/"]);
});

test("the built-in mini-coi.js at the root controls /v/1/ without changing its bytes", async ({ page, request }) => {
  const page1 = `<!doctype html><meta charset="utf-8"><script src="/mini-coi.js"></script><h1 id="content">published bytes</h1>
<script>document.body.dataset.isolated = String(globalThis.crossOriginIsolated)</script>`;
  const project = await createProject(request, [{ path: "index.html", content: page1 }], { isolated: false });
  await publish(request, project.id);
  await replaceDraft(request, project.id, [{ path: "index.html", content: "<h1 id=content>draft</h1>" }]);
  await page.goto(`${project.url}v/1/`);
  // mini-coi registers itself and reloads once; the page is then isolated by the worker's headers.
  await expect(page.locator("body")).toHaveAttribute("data-isolated", "true");
  await expect(content(page)).toHaveText("published bytes");
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${project.url}mini-coi.js`);
});

const workerScript = (attribute: string) => `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script></head>
<body><script type="mpy" worker${attribute}>
from pyscript import document
document.body.append("from the version's worker")
</script></body></html>`;

for (const [label, attribute, worker] of [
  ["the service-worker attribute (./sw.js under /v/1/)", ' service-worker="./sw.js"', "v/1/sw.js"],
  ["the runtime's automatic fallback (/sw.js at the root)", "", "sw.js"],
] as const) {
  test(`a version page of a non-isolated project reaches the DOM from a worker through ${label}`, async ({ page, request }) => {
    const project = await createProject(request, [{ path: "index.html", content: workerScript(attribute) }], { isolated: false });
    await publish(request, project.id);
    await replaceDraft(request, project.id, [{ path: "index.html", content: "<p>draft</p>" }]);
    await page.goto(`${project.url}v/1/`);
    await expect(page.locator("body")).toContainText("from the version's worker", { timeout: 60_000 });
    expect(await page.evaluate(() => globalThis.crossOriginIsolated)).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${project.url}${worker}`);
  });
}
