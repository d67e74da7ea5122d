import { expect, test } from "@playwright/test";
import { signUp } from "../support/auth";
import { e2eServer } from "../server-config";

const page404 = (status: number | undefined) => expect(status).toBe(404);

test("a private project is a 404 to everyone but its owner, whose editor frames the preview on its secret host", async ({ page, browser }) => {
  await signUp(page);
  const created = await page.request.post("/api/projects", {
    data: {
      title: "Diary",
      visibility: "private",
      files: [{ path: "index.html", content: "<!doctype html><title>Diary</title><p id='note'>only for me</p>" }],
    },
  });
  expect(created.status()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string; slug: string; previewOrigin: string } };
  const slugHost = e2eServer.previewOrigin(project.slug);
  expect(project.previewOrigin).toMatch(/^http:\/\/p-[0-9a-f]{32}\.preview\.localhost:\d+$/);

  const otherUser = await browser.newContext();
  await signUp(await otherUser.newPage());
  const signedOut = await browser.newContext();
  for (const [who, context] of [["another user", otherUser], ["a signed-out visitor", signedOut]] as const) {
    await test.step(`${who}: the editor page, the API and the slug's preview host are 404`, async () => {
      const visitor = await context.newPage();
      page404((await visitor.goto(`/p/${project.slug}`))?.status());
      expect((await context.request.get(`${e2eServer.appOrigin}/api/projects/${project.id}`)).status()).toBe(404);
      page404((await visitor.goto(`${slugHost}/`))?.status());
      await visitor.close();
    });
  }
  await otherUser.close();
  await signedOut.close();

  await test.step("the owner's editor frames the preview from the secret host, and it runs", async () => {
    await page.goto(`/p/${project.slug}`);
    const frame = page.locator("iframe").first();
    await expect(frame).toHaveAttribute("src", new RegExp(`^${project.previewOrigin}/`));
    await expect(page.frameLocator("iframe").first().locator("#note")).toHaveText("only for me");
  });
  // The owner's browser holds the capability, not a cookie: the slug host is still 404 for them too.
  page404((await page.goto(`${slugHost}/`))?.status());
});
