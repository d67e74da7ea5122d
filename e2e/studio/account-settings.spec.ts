import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "../support/auth";
import { createProject } from "../support/projects";
import { e2eServer } from "../server-config";

test("account settings: the name is saved and shown in the header", async ({ page }) => {
  await signUp(page, newAccount("Grace Hopper"));
  await page.goto("/");
  await page.getByRole("button", { name: "Account: Grace Hopper" }).click();
  await page.getByRole("menuitem", { name: "Account settings" }).click();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();

  await page.getByLabel("Name").fill("Rear Admiral Hopper");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Name saved." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Account: Rear Admiral Hopper" })).toBeVisible();
});

test("changing the password needs the current one; afterwards only the new one signs in", async ({ page, browser }) => {
  const account = await signUp(page);
  const elsewhere = await browser.newContext();
  const signIn = await elsewhere.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
  expect(signIn.ok()).toBe(true);

  await page.goto("/account");
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Password" }) });
  await form.getByLabel("Current password").fill("not-my-password");
  await form.getByLabel("New password", { exact: true }).fill("brand-new-password");
  await form.getByLabel("New password again").fill("brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("Wrong password.");

  await form.getByLabel("Current password").fill(account.password);
  await form.getByLabel("New password again").fill("a-typo-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("alert")).toHaveText("The two new passwords differ.");

  await form.getByLabel("New password again").fill("brand-new-password");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed.");

  // "Sign out everywhere else" was ticked: the other browser's session is gone, this one stays.
  expect((await (await elsewhere.request.get("/api/auth/get-session")).json())).toBeNull();
  await elsewhere.close();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();

  const fresh = await browser.newContext();
  const old = await fresh.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
  expect(old.status()).toBe(401);
  const renewed = await fresh.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: "brand-new-password" } });
  expect(renewed.ok()).toBe(true);
  await fresh.close();
});

test("deleting the account asks for the password and takes its projects with it", async ({ page, browser }) => {
  const account = await signUp(page);
  const project = await createProject(page.request, [{ path: "index.html", content: "<h1>mine</h1>" }]);

  // Without the password the server refuses, even for a session made a moment ago.
  const bare = await page.request.post("/api/auth/delete-user", { data: {}, headers: { origin: e2eServer.appOrigin } });
  expect(bare.status()).toBe(400);
  expect(await bare.json()).toMatchObject({ code: "PASSWORD_REQUIRED" });

  await page.goto("/account");
  await expect(page.getByText("Its one project goes with it, with its preview. This cannot be undone.")).toBeVisible();
  await page.getByRole("button", { name: "Delete account…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await dialog.getByLabel("Password").fill("not-my-password");
  await dialog.getByRole("button", { name: "Delete account and projects" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Wrong password.");

  await dialog.getByLabel("Password").fill(account.password);
  await dialog.getByRole("button", { name: "Delete account and projects" }).click();
  await expect(page.getByRole("heading", { name: "Python in your browser" })).toBeVisible();

  const visitor = await browser.newContext();
  expect((await visitor.request.get(`/api/projects/${project.id}`)).status()).toBe(404);
  const signIn = await visitor.request.post("/api/auth/sign-in/email", { data: { email: account.email, password: account.password } });
  expect(signIn.status()).toBe(401);
  await visitor.close();
});

test("the account page sends a signed-out visitor to sign in, and back", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=\/account$/);
  const account = newAccount("Back Again");
  await signUp(page, account);
  await page.goto("/sign-in?next=/account");
  await expect(page.getByRole("heading", { name: "Account", exact: true })).toBeVisible();
});
