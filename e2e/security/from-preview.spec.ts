import type { Cookie } from "@playwright/test";
import { serveHostPage } from "../embed/host-page";
import { e2eServer } from "../server-config";
import { credentialedFetchBody } from "./attack-pages";
import { attackResults, runAttackPage } from "./attack-results";
import { expect, readProject, realOutput, test } from "./world";

/**
 * User code on a preview origin attacks a visitor who is signed in to the app in the same browser. On
 * localhost the preview origins are same-site with the app, so SameSite cookies do travel: what holds
 * is the cookie being a `__Host-` cookie (host-only, Secure, no Domain: no other host can set or shadow it)
 * and HttpOnly, CORS, and the app's own origin check on every write.
 */

const app = e2eServer.appOrigin;

test("a preview page reads none of the app's cookies and cannot toss or shadow one named like its __Host- session: the session stays the owner's", async ({ world }) => {
  const session = (cookies: Cookie[]) => cookies.filter((cookie) => /session_token/.test(cookie.name));
  const [own] = session(await world.owner.context.cookies(app));
  expect(own).toMatchObject({ name: expect.stringMatching(/^__Host-/), domain: "localhost", path: "/", secure: true, httpOnly: true, sameSite: "Lax" });
  const page = await world.owner.context.newPage();
  const results = await runAttackPage(page, `${world.hostile.url}cookies.html`, { name: own!.name });
  expect(results.visible).toBe("");
  const tossed = (await world.owner.context.cookies()).filter((cookie) => cookie.value === "tossed");
  // The attack ran: the browser took the page's cookies of the session's very name, for the preview's own hosts only.
  expect(tossed.filter((cookie) => cookie.name === own!.name).map((cookie) => cookie.domain)).toEqual([new URL(world.hostile.url).hostname]);
  expect(tossed.every((cookie) => cookie.domain.endsWith("preview.localhost")), JSON.stringify(tossed)).toBe(true);
  expect(session(await world.owner.context.cookies(app))).toEqual([own]);
  const signedIn = await (await world.owner.request.get("/api/auth/get-session")).json();
  expect(signedIn?.user?.email).toBe(world.owner.account.email);
  await world.owner.context.clearCookies({ domain: /preview\.localhost$/ });
  await page.close();
});

test("credentialed fetches and form posts to the app's API from a preview page or another site read nothing and change nothing", async ({ world }) => {
  const page = await world.owner.context.newPage();
  const query = new URLSearchParams({ app, secret: world.secret.id, shared: world.shared.id });
  const foreign = await serveHostPage(credentialedFetchBody);
  for (const attacker of [`${world.hostile.url}fetch.html?${query}`, `${foreign.url}#${query}`]) {
    await page.goto(attacker);
    expect(await attackResults(page), attacker).toEqual({
      "read the session": "refused: TypeError",
      "list the projects": "refused: TypeError",
      "read the private project": "refused: TypeError",
      "publish, simple POST": "opaque",
      "rename, preflighted PATCH": "refused: TypeError",
      "delete, preflighted DELETE": "refused: TypeError",
      "sign out, simple POST": "opaque",
      "publish, form POST": "sent",
    });
  }
  await foreign.close();
  expect(await readProject(world.owner.request, world.secret.id)).toEqual({ title: world.secret.title, revision: world.secret.revision });
  const versions = await (await world.owner.request.get(`/api/projects/${world.shared.id}/versions`)).json();
  expect(versions.versions).toHaveLength(1);
  const session = await (await world.owner.request.get("/api/auth/get-session")).json();
  expect(session?.user?.email).toBe(world.owner.account.email);
  await page.close();
});

test("a framed preview cannot navigate the visitor's tab away, on load, on a click, or from a popup it opens", async ({ world }) => {
  const page = await world.owner.context.newPage();
  const readOnly = `${app}/p/${world.hostile.slug}`;
  await page.goto(readOnly);
  const preview = page.frameLocator('iframe[title="Preview of the project"]');
  await expect(preview.locator("body")).toHaveAttribute("data-state", "armed");
  const opened = page.waitForEvent("popup");
  await preview.locator("#go").click();
  const frame = page.frame({ url: (url) => url.href.startsWith(world.hostile.url) })!;
  const results = await attackResults(frame);
  expect(results).toEqual({
    "navigate top on load": "refused: SecurityError",
    "navigate top on a click": "refused: SecurityError",
    "open a popup": "opened",
  });
  // A popup may open (links with target=_blank work), but it keeps the preview's sandbox.
  const popup = await opened;
  expect(await attackResults(popup)).toEqual({ "navigate the opener's tab from a popup": "refused: SecurityError" });
  await popup.close();
  expect(page.url()).toBe(readOnly);
  await page.close();
});

test("console messages posted to the editor by another site's window or a nested frame are dropped; the preview's own are shown", async ({ world }) => {
  const attacker = await world.owner.context.newPage();
  const opened = world.owner.context.waitForEvent("page");
  await runAttackPage(attacker, `${world.hostile.url}spoof.html`, { editor: `${app}/p/${world.shared.slug}` });
  const editor = await opened;
  await editor.evaluate(() => {
    const seen = { window: 0, nested: 0 };
    Object.assign(window, { spoofsSeen: seen });
    addEventListener("message", (event) => {
      const text = JSON.stringify(event.data);
      if (text.includes("SPOOFED by another window")) seen.window += 1;
      if (text.includes("SPOOFED by a nested frame")) seen.nested += 1;
    });
  });
  const console = editor.getByTestId("console");
  await expect(console).toContainText(realOutput);
  // The attack is real: both spoofers' messages reach the editor's window, in the channel's exact format.
  const seen = () => editor.evaluate(() => (window as unknown as { spoofsSeen: { window: number; nested: number } }).spoofsSeen);
  await expect.poll(async () => Math.min(...Object.values(await seen()))).toBeGreaterThan(10);
  await expect(console).not.toContainText("SPOOFED");
  await editor.close();
  await attacker.close();
});

test("a preview page registers no service worker over another project, the runtime host, the app or its own /v/1/", async ({ world }) => {
  const page = await world.owner.context.newPage();
  const other = world.shared.url.replace(/\/$/, "");
  const runtime = `http://runtime.preview.localhost:${e2eServer.port}`;
  const results = await runAttackPage(page, `${world.hostile.url}service-workers.html`, { app, other, runtime });
  expect(results).toEqual({
    "own root script, scope /": "refused: TypeError",
    "own root script, scope /v/1/": "refused: TypeError",
    "folder script widened to /v/1/": "refused: SecurityError",
    "another project's /sw.js": "refused: SecurityError",
    "the runtime host": "refused: SecurityError",
    "the app origin": "refused: SecurityError",
    // The control: the same worker is installed where the platform allows it, so the refusals are what protect.
    "control: folder script, scope /app/": `registered ${world.hostile.url}app/`,
  });
  await page.goto(`${world.hostile.url}v/1/published.html`);
  await expect(page.locator("h1")).toHaveText("published bytes");
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await page.goto(world.shared.url);
  await expect(page.locator("iframe")).toHaveCount(1);
  await page.goto(`${world.hostile.url}app/`);
  await expect(page.locator("h1")).toHaveText("rewritten by the attacker");
  await page.close();
});
