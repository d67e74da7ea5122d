import { expect, test, type Page } from "@playwright/test";
import { e2eServer } from "../server-config";
import { embedFrame, embedUrl, helloProject, openHostPage, setVisibility } from "./embed-projects";

/**
 * Waits until the frame `id` of the host page has loaded something, and returns the text it shows. A frame
 * the browser refused to load (frame-ancestors) shows Chromium's error page, whose body has none of the app's.
 */
async function loadedFrameText(page: Page, id: string): Promise<string> {
  const element = page.locator(`#${id}`);
  await expect(element).toHaveAttribute("data-loaded", "1");
  const frame = await (await element.elementHandle())!.contentFrame();
  return frame ? await frame.locator("body").innerText().catch(() => "") : "";
}

const tracked = (src: string, id: string) => embedFrame(src, { id }).replace("<iframe ", `<iframe onload="this.dataset.loaded='1'" `);

test("another site may frame /embed/<slug> but no other app page: the project page and the dashboard are refused", async ({ page, request }) => {
  const project = await helloProject(request);
  const refusals: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("frame-ancestors")) refusals.push(message.text());
  });
  const host = await openHostPage(
    page,
    tracked(`${e2eServer.appOrigin}/p/${project.slug}`, "editor") + tracked(`${e2eServer.appOrigin}/`, "dashboard") + tracked(embedUrl(project.slug), "embed"),
  );
  try {
    await expect(page.frameLocator("#embed").frameLocator('iframe[title="Preview of the project"]').locator("body")).toContainText("shown by the embed");
    await expect(page.frameLocator("#embed").getByTestId("console")).toContainText("printed by the embed");
    expect(await loadedFrameText(page, "editor")).not.toContain("PySandbox");
    expect(await loadedFrameText(page, "dashboard")).not.toContain("PySandbox");
    await expect.poll(() => refusals.length).toBe(2);
  } finally {
    await host.close();
  }
});

test("the app's pages send frame-ancestors 'self', the embed frame-ancestors *", async ({ request }) => {
  const project = await helloProject(request);
  for (const path of ["/", `/p/${project.slug}`, "/sign-in", "/no-such-page", "/api/health"]) {
    const response = await request.get(`${e2eServer.appOrigin}${path}`);
    expect(response.headers()["content-security-policy"], path).toMatch(/; frame-ancestors 'self'$/);
  }
  const embed = await request.get(embedUrl(project.slug));
  expect(embed.headers()["content-security-policy"]).toMatch(/; frame-ancestors \*$/);
});

test("an embed of a private project is refused, the same as one that does not exist", async ({ page, request }) => {
  const project = await helloProject(request);
  await setVisibility(request, project, "private");
  // Even its owner, signed in, gets no embed: an embed shows only what anyone may see.
  expect((await request.get(embedUrl(project.slug))).status()).toBe(404);
  expect((await request.get(embedUrl("no-such-project-12345678"))).status()).toBe(404);

  const host = await openHostPage(page, tracked(embedUrl(project.slug), "private") + tracked(embedUrl("no-such-project-12345678"), "missing"));
  try {
    const privateText = await loadedFrameText(page, "private");
    expect(privateText).toContain("This project cannot be embedded");
    expect(privateText).toBe(await loadedFrameText(page, "missing"));
    await expect(page.frameLocator("#private").locator("iframe")).toHaveCount(0);
  } finally {
    await host.close();
  }
});
