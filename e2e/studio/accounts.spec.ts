import { expect, test } from "@playwright/test";
import { newAccount, signUp } from "../support/auth";
import { createProject } from "../support/projects";

test("sign up, sign out, a wrong password, sign in: the header and dashboard follow", async ({ page }) => {
  const account = newAccount("Ada Lovelace");

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Python in your browser" })).toBeVisible();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign up" }).click();

  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
  await expect(page.getByText("No projects yet.")).toBeVisible();

  await page.getByRole("button", { name: "Account: Ada Lovelace" }).click();
  await expect(page.getByText(account.email)).toBeVisible();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Python in your browser" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not-my-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Wrong email or password.");

  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Your projects" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Account: Ada Lovelace" })).toBeVisible();
});

test("signing up with a taken email says so and keeps the form", async ({ page, browser }) => {
  const taken = newAccount();
  const other = await browser.newContext();
  await signUp(await other.newPage(), taken);
  await other.close();

  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Someone else");
  await page.getByLabel("Email").fill(taken.email);
  await page.getByLabel("Password").fill("a-different-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("An account with this email already exists. Sign in instead.");
  await expect(page.getByLabel("Email")).toHaveValue(taken.email);
});

test("the dashboard lists only the signed-in person's own projects", async ({ page, browser }) => {
  const otherContext = await browser.newContext();
  const theirs = await createProject(otherContext.request, [{ path: "index.html", content: "theirs" }]);
  await otherContext.close();

  await signUp(page);
  const mine = await createProject(page.request, [{ path: "index.html", content: "mine" }]);
  await page.goto("/");
  const list = page.getByTestId("project-list");
  await expect(list.locator(`[data-slug="${mine.slug}"]`)).toBeVisible();
  await expect(list.locator("li")).toHaveCount(1);
  await expect(page.locator(`[data-slug="${theirs.slug}"]`)).toHaveCount(0);
});
