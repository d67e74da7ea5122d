import type { Browser, BrowserContext, Frame, Page } from "@playwright/test";
import { serveHostPage } from "../embed/host-page";
import { e2eServer } from "../server-config";
import { newAccount, signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { expect, test } from "./world";

/** Breaks out of an attribute or a text node alike; when parsed as HTML, it requests `x` and sets a flag. */
const hostile = `"'><img src=x onerror=window.pwned=1>`;

const page = `<!doctype html><html><head><meta charset="utf-8">
<script type="module" src="https://pyscript.net/releases/2025.11.1/core.js"></script></head><body>
<script type="mpy">print(${JSON.stringify(`printed ${hostile}`)})
raise ValueError(${JSON.stringify(`raised ${hostile}`)})</script></body></html>`;

/** Nothing of `hostile` ran or became an element, and the text is shown as written. */
async function expectInert(where: Page | Frame, label: string): Promise<void> {
  expect(await where.locator('img[src="x"]').count(), `${label}: an <img> was made`).toBe(0);
  expect(await where.evaluate(() => "pwned" in window), `${label}: the handler ran`).toBe(false);
}

type HostileProject = { context: BrowserContext; slug: string };

/** One person named `hostile`, with a project titled `hostile` holding a file named after it. */
async function hostileProject(browser: Browser): Promise<HostileProject> {
  const context = await browser.newContext({ baseURL: e2eServer.appOrigin });
  await signUpWith(context.request, newAccount(hostile));
  const project = await createProject(context.request, [
    { path: "index.html", content: page },
    { path: `${hostile}.py`, content: "print('hi')\n" },
  ]);
  const renamed = await context.request.patch(`/api/projects/${project.id}`, { data: { title: hostile } });
  expect(renamed.ok()).toBe(true);
  return { context, slug: project.slug };
}

let made: HostileProject;
test.beforeAll(async ({ browser }) => {
  made = await hostileProject(browser);
});
test.afterAll(() => made.context.close());

test("a hostile title and account name show as text in the dashboard, its rename and delete dialogs and the account menu", async () => {
  const owner = await made.context.newPage();
  await owner.goto("/");
  await expect(owner.getByTestId("project-list")).toContainText(hostile);
  await owner.getByRole("button", { name: `Rename ${hostile}` }).click();
  await expect(owner.getByRole("dialog")).toBeVisible();
  await owner.keyboard.press("Escape");
  await owner.getByRole("button", { name: `Delete ${hostile}` }).click();
  await expect(owner.getByRole("dialog", { name: `Delete ${hostile}?` })).toBeVisible();
  await owner.keyboard.press("Escape");
  await owner.getByRole("button", { name: `Account: ${hostile}` }).click();
  await expect(owner.getByRole("menu")).toBeVisible();
  await owner.keyboard.press("Escape");
  await expectInert(owner, "dashboard");
  await owner.close();
});

test("a hostile title, file name and console lines show as text in the editor: page title, tree, tab, console, settings and share dialogs", async () => {
  const owner = await made.context.newPage();
  await owner.goto(`/p/${made.slug}`);
  await expect(owner).toHaveTitle(`${hostile} · PySandbox`);
  await expect(owner.getByTestId("console")).toContainText(`printed ${hostile}`);
  await expect(owner.getByTestId("console")).toContainText(`raised ${hostile}`);
  await owner.getByTestId(`tree-${hostile}.py`).click();
  await expect(owner.getByTestId(`tab-${hostile}.py`)).toContainText(`${hostile}.py`);
  await owner.getByRole("button", { name: "Project settings" }).click();
  await expect(owner.getByRole("dialog")).toBeVisible();
  await owner.keyboard.press("Escape");
  await owner.getByRole("button", { name: "Share" }).click();
  await expect(owner.getByRole("dialog")).toContainText("&quot;'&gt;&lt;img src=x onerror=window.pwned=1&gt;");
  await owner.keyboard.press("Escape");
  await expectInert(owner, "editor");
  await owner.close();
});

test("a hostile title and owner name show as text in another person's read-only view and in the embed an oEmbed consumer pastes", async ({ world }) => {
  const visitor = await world.stranger.context.newPage();
  await visitor.goto(`/p/${made.slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(hostile);
  await expect(visitor.getByTestId("project-meta")).toContainText(`by ${hostile}`);
  await expectInert(visitor, "read-only view");

  // An oEmbed consumer puts the answer's html into its own page as it is.
  const oembed = await (await world.stranger.request.get(`/oembed?url=${encodeURIComponent(`${e2eServer.appOrigin}/p/${made.slug}`)}`)).json();
  const host = await serveHostPage(oembed.html);
  await visitor.goto(host.url, { waitUntil: "domcontentloaded" });
  await expect(visitor.locator("iframe")).toHaveAttribute("title", hostile);
  await expect(visitor.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveText(hostile);
  await expectInert(visitor, "oEmbed consumer");
  await expectInert(visitor.frame({ url: /\/embed\// })!, "embed");
  await host.close();
  await visitor.close();
});
