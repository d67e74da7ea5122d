import { test as base, expect } from "@playwright/test";
import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { z } from "zod";
import { e2eServer } from "../server-config";
import { signUpWith, type TestAccount } from "../support/auth";
import { createProject, type ProjectFile, type TestProject } from "../support/projects";
import { attackPages } from "./attack-pages";

/**
 * What every attack case shares, made once per Playwright worker: an owner with a private and an unlisted
 * project, and a stranger whose own project serves the hostile pages (attack-pages.ts) from its preview
 * origin. Both are signed in in their own browser contexts.
 */
export type Person = { context: BrowserContext; request: APIRequestContext; account: TestAccount };
export type OwnedProject = TestProject & { title: string; revision: number };
export type SecurityWorld = {
  owner: Person;
  stranger: Person;
  /** The owner's private project; its files hold `secretMarker`. */
  secret: OwnedProject;
  /** The owner's unlisted, non-isolated project with one published version, printing `realOutput`. */
  shared: OwnedProject;
  /** The stranger's project with one published version: its preview origin serves the attack pages. */
  hostile: TestProject;
};

export const secretMarker = "owner-only-4f1c2e";
export const realOutput = "printed by the real preview";

const pyscriptPage = (body: string) => `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="https://pyscript.net/releases/2025.11.1/core.js"></script></head><body>${body}</body></html>`;

/** A frame of the preview's own origin that is not the preview posts to the editor in the console's format. */
const nestedSpoofer = `<iframe srcdoc="<script>setInterval(() => top.postMessage({ channel: 'pysandbox:console', message: { type: 'stdout', text: 'SPOOFED by a nested frame' } }, '*'), 50)</script>"></iframe>`;

const sharedFiles: ProjectFile[] = [
  { path: "index.html", content: pyscriptPage(`<script type="mpy">print("${realOutput}")</script>${nestedSpoofer}`) },
];

async function person(browser: Browser): Promise<Person> {
  const context = await browser.newContext({ baseURL: e2eServer.appOrigin });
  const account = await signUpWith(context.request);
  return { context, request: context.request, account };
}

const projectState = z.object({ project: z.object({ title: z.string(), revision: z.number().int() }) });

export async function readProject(request: APIRequestContext, id: string): Promise<{ title: string; revision: number }> {
  const response = await request.get(`${e2eServer.appOrigin}/api/projects/${id}`);
  expect(response.status(), `GET /api/projects/${id}`).toBe(200);
  return projectState.parse(await response.json()).project;
}

async function owned(request: APIRequestContext, project: TestProject): Promise<OwnedProject> {
  return { ...project, ...(await readProject(request, project.id)) };
}

async function publish(request: APIRequestContext, projectId: string): Promise<void> {
  const published = await request.post(`${e2eServer.appOrigin}/api/projects/${projectId}/versions`, { data: {} });
  expect(published.status(), await published.text()).toBe(201);
}

async function buildWorld(browser: Browser): Promise<SecurityWorld> {
  const [owner, stranger] = await Promise.all([person(browser), person(browser)]);
  const secretProject = await createProject(owner.request, [{ path: "index.html", content: `<p>${secretMarker}</p>` }]);
  const privacy = await owner.request.patch(`${e2eServer.appOrigin}/api/projects/${secretProject.id}`, { data: { visibility: "private" } });
  expect(privacy.ok(), await privacy.text()).toBe(true);
  const { project: privateProject } = z.object({ project: z.object({ previewOrigin: z.string() }) }).parse(await privacy.json());
  const sharedProject = await createProject(owner.request, sharedFiles, { isolated: false });
  await publish(owner.request, sharedProject.id);
  const hostile = await createProject(stranger.request, attackPages, { isolated: false });
  await publish(stranger.request, hostile.id);
  return {
    owner,
    stranger,
    secret: await owned(owner.request, { ...secretProject, url: `${privateProject.previewOrigin}/` }),
    shared: await owned(owner.request, sharedProject),
    hostile,
  };
}

export const test = base.extend<object, { world: SecurityWorld }>({
  world: [
    async ({ browser }, use) => {
      const world = await buildWorld(browser);
      await use(world);
      await Promise.all([world.owner.context.close(), world.stranger.context.close()]);
    },
    { scope: "worker" },
  ],
});

export { expect };
