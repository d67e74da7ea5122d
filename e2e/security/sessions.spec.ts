import type { APIRequestContext, BrowserContext, Page, PlaywrightWorkerArgs } from "@playwright/test";
import { e2eServer } from "../server-config";
import { newAccount, signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { rawRequest } from "./raw-http";
import { expect, test } from "./world";

const app = e2eServer.appOrigin;

async function sessionCookie(context: BrowserContext): Promise<{ name: string; value: string }> {
  const cookie = (await context.cookies(app)).find((c) => /session_token/.test(c.name));
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

/** A request context that sends exactly this cookie, as someone replaying a stolen or planted one would. */
function replaying(playwright: PlaywrightWorkerArgs["playwright"], cookie: { name: string; value: string }): Promise<APIRequestContext> {
  return playwright.request.newContext({ baseURL: app, extraHTTPHeaders: { cookie: `${cookie.name}=${cookie.value}` } });
}

async function sessionEmail(request: APIRequestContext): Promise<string | null> {
  const session = await (await request.get("/api/auth/get-session")).json();
  return session?.user?.email ?? null;
}

async function submitAuthForm(page: Page, path: "/sign-up" | "/sign-in", account: { name: string; email: string; password: string }) {
  await page.goto(path);
  if (path === "/sign-up") await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: path === "/sign-up" ? "Create account" : "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
}

test("session fixation: a session cookie planted before signing up or in is replaced, and the planted value opens nothing", async ({ browser, playwright, world }) => {
  const { name } = await sessionCookie(world.owner.context);
  const planted = { name, value: "chosen-by-the-attacker.c2lnbmF0dXJl" };
  const context = await browser.newContext({ baseURL: app });
  const page = await context.newPage();
  const account = newAccount("Fixation Victim");
  for (const path of ["/sign-up", "/sign-in"] as const) {
    // Planted by a script on the app's own page: a __Host- cookie can come from nowhere else.
    await page.goto("/sign-in");
    await page.evaluate(({ name, value }) => (document.cookie = `${name}=${value}; Secure; Path=/`), planted);
    expect((await sessionCookie(context)).value, path).toBe(planted.value);
    await submitAuthForm(page, path, account);
    expect((await sessionCookie(context)).value, path).not.toBe(planted.value);
    const attacker = await replaying(playwright, planted);
    expect(await sessionEmail(attacker), path).toBeNull();
    await attacker.dispose();
    await context.request.post("/api/auth/sign-out", { data: {}, headers: { origin: app } });
  }
  await context.close();
});

test("signing in, unremembered, and out sets and clears only __Host- cookies: Secure, HttpOnly, SameSite=Lax, Path=/, no Domain; Chromium keeps them on http://localhost", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app });
  const page = await context.newPage();
  const account = newAccount("Cookie Attributes");
  await submitAuthForm(page, "/sign-up", account);
  expect(await context.cookies(app)).toEqual([
    expect.objectContaining({ name: "__Host-pysandbox.session_token", domain: "localhost", path: "/", secure: true, httpOnly: true, sameSite: "Lax" }),
  ]);

  const signIn = await context.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password, rememberMe: false }, headers: { origin: app } });
  const signOut = await context.request.post("/api/auth/sign-out", { data: {}, headers: { origin: app } });
  expect([signIn.status(), signOut.status()]).toEqual([200, 200]);
  const lines = [signIn, signOut].flatMap((response) => response.headersArray().filter((header) => header.name.toLowerCase() === "set-cookie").map((header) => header.value));
  expect([...new Set(lines.map((line) => line.split("=")[0]))].sort()).toEqual([
    "__Host-pysandbox.dont_remember",
    "__Host-pysandbox.session_data",
    "__Host-pysandbox.session_token",
  ]);
  for (const line of lines) {
    expect(line).toMatch(/; Secure(;|$)/i);
    expect(line).toMatch(/; HttpOnly(;|$)/i);
    expect(line).toMatch(/; SameSite=Lax(;|$)/i);
    expect(line).toMatch(/; Path=\/(;|$)/i);
    expect(line).not.toMatch(/; Domain=/i);
  }
  await context.close();
});

test("sign-out ends the session on the server: the old cookie, replayed, is signed out and opens nothing", async ({ browser, playwright }) => {
  const context = await browser.newContext({ baseURL: app });
  const account = await signUpWith(context.request, newAccount("Signs Out"));
  const project = await createProject(context.request, [{ path: "index.html", content: "mine" }]);
  await context.request.patch(`/api/projects/${project.id}`, { data: { visibility: "private" } });
  const stolen = await sessionCookie(context);
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: `Account: ${account.name}` }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  const thief = await replaying(playwright, stolen);
  expect(await sessionEmail(thief)).toBeNull();
  expect((await thief.get(`/api/projects/${project.id}`)).status()).toBe(404);
  expect((await thief.post("/api/projects", { data: { title: "as them" } })).status()).toBe(401);
  await thief.dispose();
  await context.close();
});

test("the password-change form signs every other session out: a stolen cookie stops working, the changer's stays", async ({ browser, playwright }) => {
  const mine = await browser.newContext({ baseURL: app });
  const account = await signUpWith(mine.request, newAccount("Changes Password"));
  const elsewhere = await browser.newContext({ baseURL: app });
  expect((await elsewhere.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } })).ok()).toBe(true);
  const stolen = await sessionCookie(elsewhere);
  await elsewhere.close();

  const page = await mine.newPage();
  await page.goto("/account");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Password" }) });
  await form.getByLabel("Current password").fill(account.password);
  await form.getByLabel("New password", { exact: true }).fill("a-whole-new-password");
  await form.getByLabel("New password again").fill("a-whole-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed.");

  const thief = await replaying(playwright, stolen);
  expect(await sessionEmail(thief)).toBeNull();
  expect((await thief.post("/api/projects", { data: { title: "as them" } })).status()).toBe(401);
  await thief.dispose();
  expect(await sessionEmail(mine.request)).toBe(account.email);
  await mine.close();
});

test("a forged x-pysandbox-client-address is overwritten by the server: the sign-in limit still answers 429", async () => {
  // From 127.0.0.2, so this client's count is its own and no other test's sign-ins are limited.
  const body = JSON.stringify({ email: "nobody@example.test", password: "not-the-one-0" });
  const attempt = (forged: string) =>
    rawRequest(
      "POST /api/auth/sign-in/email HTTP/1.1\r\n" +
        `Host: localhost:${e2eServer.port}\r\n` +
        `x-pysandbox-client-address: ${forged}\r\n` +
        "content-type: application/json\r\n" +
        `content-length: ${Buffer.byteLength(body)}\r\n` +
        "connection: close\r\n\r\n" +
        body,
      { localAddress: "127.0.0.2" },
    );
  const statuses: number[] = [];
  // The default sign-in limit is 5 a minute: every attempt claims a new address, and the sixth is still refused.
  for (let i = 1; i <= 6; i++) statuses.push((await attempt(`203.0.113.${i}`)).status);
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});
