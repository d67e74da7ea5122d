import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { e2eServer } from "./server-config";
import { signUp } from "./support/auth";
import { createProject } from "./support/projects";

/**
 * The editor, read-only and embed pages of an isolated project are cross-origin isolated themselves, so a
 * preview they frame with allow="cross-origin-isolated" can be too. The same pages of a project with isolation
 * off, and every other app page, are not. Every page checked here is a real page (200) for whoever asks.
 */
async function publishedProject(request: APIRequestContext, isolated: boolean): Promise<string> {
  const project = await createProject(request, [{ path: "index.html", content: "<p>isolation</p>" }], { isolated });
  expect((await request.post(`${e2eServer.appOrigin}/api/projects/${project.id}/versions`, { data: {} })).status()).toBe(201);
  return project.slug;
}

test("project pages of an isolated project send COOP same-origin and COEP require-corp; those of a project with isolation off and other app pages do not", async ({ page, playwright }) => {
  await signUp(page);
  const isolated = await publishedProject(page.request, true);
  const notIsolated = await publishedProject(page.request, false);
  const anonymous = await playwright.request.newContext({ baseURL: e2eServer.appOrigin });
  const cases: [string, APIRequestContext, string, boolean][] = [
    ["owner", page.request, `/p/${isolated}`, true],
    ["visitor", anonymous, `/p/${isolated}`, true],
    ["visitor", anonymous, `/p/${isolated}?v=1`, true],
    ["visitor", anonymous, `/embed/${isolated}`, true],
    ["owner", page.request, `/p/${notIsolated}`, false],
    ["visitor", anonymous, `/p/${notIsolated}?v=1`, false],
    ["visitor", anonymous, `/embed/${notIsolated}`, false],
    ["owner", page.request, "/", false],
    ["visitor", anonymous, "/", false],
    ["owner", page.request, "/account", false],
    ["visitor", anonymous, "/sign-in", false],
    ["visitor", anonymous, "/api/health", false],
  ];
  for (const [who, request, path, expected] of cases) {
    const response = await request.get(path, { maxRedirects: 0 });
    const label = `${who}: ${path}`;
    expect(response.status(), label).toBe(200);
    expect(response.headers()["cross-origin-opener-policy"], label).toBe(expected ? "same-origin" : undefined);
    expect(response.headers()["cross-origin-embedder-policy"], label).toBe(expected ? "require-corp" : undefined);
  }
  await anonymous.dispose();
});

test("a signed-out visitor's read-only page of an isolated project is crossOriginIsolated in Chromium", async ({ page, browser }) => {
  const owner = await browser.newContext();
  const slug = await publishedProject(owner.request, true);
  await owner.close();
  const response = await page.goto(`/p/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("read-only-badge")).toHaveText("Read-only");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});
