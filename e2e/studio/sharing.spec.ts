import { expect, test } from "@playwright/test";
import { newAccount, signUp, signUpWith } from "../support/auth";
import { e2eServer } from "../server-config";
import { expectReadOnlyView, ownProject } from "./sharing";
import { savedContent, WorkbenchPage } from "./workbench";

test("Share: visibility is saved at once, the link is the project's, the embed code follows its options and its preview shows", async ({ page }) => {
  const project = await ownProject(page, "Ada Owner", "Share me");
  await page.goto(`/p/${project.slug}`);
  await new WorkbenchPage(page).ready();
  await page.getByRole("button", { name: "Share" }).click();
  const dialog = page.getByRole("dialog", { name: "Share Share me" });

  await expect(dialog.getByRole("radio", { name: /Unlisted/ })).toBeChecked();
  await expect(dialog.getByRole("textbox", { name: "Link", exact: true })).toHaveValue(`${e2eServer.appOrigin}/p/${project.slug}`);
  const code = dialog.getByRole("textbox", { name: "Embed code" });
  await expect(code).toHaveValue(new RegExp(`^<iframe src="${e2eServer.appOrigin}/embed/${project.slug}\\?theme=light&amp;console=0&amp;run=click"`));
  await expect(dialog.getByTestId("embed-preview")).toHaveAttribute("src", `${e2eServer.appOrigin}/embed/${project.slug}?theme=light&console=0&run=click`);
  // The preview is the embed itself, loaded in the dialog (the page's policy lets it frame the app's embed page).
  await expect(page.frameLocator('[data-testid="embed-preview"]').getByRole("button", { name: "Run" })).toBeVisible();

  await dialog.getByRole("radio", { name: "Code", exact: true }).check();
  await dialog.getByLabel("Theme").selectOption("dark");
  await dialog.getByLabel("Runs").selectOption("auto");
  await dialog.getByLabel("Show the console").check();
  // The console on and running at once are the embed's defaults: the URL names only what differs.
  await expect(code).toHaveValue(/\/embed\/[^"]+\?view=code&amp;theme=dark"/);
  await expect(dialog.getByTestId("embed-preview")).toHaveAttribute("src", /\?view=code&theme=dark$/);

  await dialog.getByRole("radio", { name: /Private/ }).check();
  await expect(dialog.getByTestId("visibility-state")).toHaveText("Saved: private.");
  await expect(dialog.getByTestId("private-link-note")).toContainText("only you can open this link");
  await expect(dialog.getByTestId("embed-private-note")).toContainText("Embeds need an unlisted or public project");
  await expect(dialog.getByTestId("embed-preview")).toHaveCount(0);
  expect((await (await page.request.get(`/api/projects/${project.id}`)).json()).project.visibility).toBe("private");

  await dialog.getByRole("radio", { name: /Public/ }).check();
  await expect(dialog.getByTestId("visibility-state")).toHaveText("Saved: public.");
  await expect(dialog.getByTestId("embed-private-note")).toHaveCount(0);
  expect((await (await page.request.get(`/api/projects/${project.id}`)).json()).project.visibility).toBe("public");
});

test("a shared project: read-only for another user and a signed-out visitor, then forks that edit on their own", async ({ page, browser }) => {
  const project = await ownProject(page, "Ada Owner", "Shared primes");
  const original = await savedContent(page, project.slug, "main.py");

  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  await signUp(readerPage, newAccount("Bea Reader"));
  const signedOut = await browser.newContext();
  const visitorPage = await signedOut.newPage();

  await test.step("another user and a signed-out visitor get the read-only view at the same link", async () => {
    for (const visitor of [readerPage, visitorPage]) {
      await visitor.goto(`/p/${project.slug}`);
      await expectReadOnlyView(visitor, project);
    }
  });

  await test.step("another user forks it: a project of theirs that says where it came from", async () => {
    await readerPage.getByRole("button", { name: "Fork" }).click();
    await readerPage.waitForURL((url) => url.pathname.startsWith("/p/") && !url.pathname.endsWith(project.slug));
    const fork = new WorkbenchPage(readerPage);
    await fork.ready();
    await expect(readerPage.getByTestId("forked-from")).toContainText(`forked from ${project.title}`);
    await expect(readerPage.getByTestId("forked-from").getByRole("link", { name: project.title })).toHaveAttribute("href", `/p/${project.slug}`);

    await fork.openFile("main.py");
    await fork.replaceText('print("the fork changed this")\n');
    await fork.save();
    await fork.expectSaved("main.py");
    await fork.saveAndRun();
    await expect(fork.console).toContainText("the fork changed this");
    expect(await savedContent(page, project.slug, "main.py")).toBe(original);
  });

  await test.step("the source shows its fork", async () => {
    await page.goto(`/p/${project.slug}`);
    await expect(page.getByTestId("fork-count")).toHaveText("1 fork");
  });

  await test.step("a signed-out visitor's Fork goes through sign-in and lands in the new fork", async () => {
    const account = newAccount("Cy Later");
    const elsewhere = await browser.newContext();
    await signUpWith(elsewhere.request, account);
    await elsewhere.close();

    await visitorPage.getByRole("button", { name: "Fork" }).click();
    await visitorPage.waitForURL(/\/sign-in\?next=/);
    await visitorPage.getByLabel("Email").fill(account.email);
    await visitorPage.getByLabel("Password").fill(account.password);
    await visitorPage.getByRole("button", { name: "Sign in" }).click();
    await visitorPage.waitForURL((url) => url.pathname.startsWith("/p/") && !url.pathname.endsWith(project.slug) && url.search === "");
    await new WorkbenchPage(visitorPage).ready();
    await expect(visitorPage.getByRole("button", { name: "Save" })).toBeVisible();
    await expect(visitorPage.getByTestId("forked-from")).toContainText(`forked from ${project.title}`);
    await page.reload();
    await expect(page.getByTestId("fork-count")).toHaveText("2 forks");
  });

  await reader.close();
  await signedOut.close();
});

test("a link with ?fork=1 that was not the visitor's own Fork asks before forking", async ({ page, browser }) => {
  const project = await ownProject(page, "Ada Owner", "Ask first");
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await signUp(visitor);
  await visitor.goto(`/p/${project.slug}?fork=1`);
  const ask = visitor.getByRole("dialog", { name: `Fork ${project.title}?` });
  await expect(ask).toBeVisible();
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(ask).toBeHidden();
  expect(new URL(visitor.url()).pathname).toBe(`/p/${project.slug}`);
  const mine = (await (await visitor.request.get("/api/projects")).json()).projects;
  expect(mine).toEqual([]);
  await other.close();
});

test("a private project stays a 404 for readers, Fork included", async ({ page, browser }) => {
  const project = await ownProject(page, "Ada Owner", "Secret");
  expect((await page.request.patch(`/api/projects/${project.id}`, { data: { visibility: "private" } })).status()).toBe(200);
  const other = await browser.newContext();
  const visitor = await other.newPage();
  await signUp(visitor);
  expect((await visitor.goto(`/p/${project.slug}`))?.status()).toBe(404);
  expect((await visitor.request.post(`/api/projects/${project.id}/fork`, { data: {} })).status()).toBe(404);
  await other.close();
});

test("a fork whose original was deleted still names it, without a link", async ({ page, browser }) => {
  const project = await ownProject(page, "Ada Owner", "Gone soon");
  const other = await browser.newContext();
  const forker = await other.newPage();
  await signUp(forker);
  const forked = await forker.request.post(`/api/projects/${project.id}/fork`, { data: {} });
  expect(forked.status()).toBe(201);
  const { project: fork } = (await forked.json()) as { project: { slug: string } };
  expect((await page.request.delete(`/api/projects/${project.id}`)).status()).toBe(204);

  await forker.goto(`/p/${fork.slug}`);
  await new WorkbenchPage(forker).ready();
  await expect(forker.getByTestId("forked-from")).toHaveText(`forked from ${project.title} (deleted)`);
  await expect(forker.getByTestId("forked-from").getByRole("link")).toHaveCount(0);
  await other.close();
});
