import { expect, test } from "@playwright/test";

/**
 * The editor (/p/), read-only (/v/) and embed (/embed/) pages are cross-origin isolated themselves, so a preview
 * they frame with allow="cross-origin-isolated" can be too. Other app pages are not.
 */
const isolated = ["/p/hello", "/p/hello/settings", "/v/hello", "/embed/hello"];
const notIsolated = ["/", "/api/health", "/pictures/hello"];

test("editor, read-only and embed paths send COOP same-origin and COEP require-corp; other app paths do not", async ({ request }) => {
  for (const path of isolated) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cross-origin-opener-policy"], path).toBe("same-origin");
    expect(response.headers()["cross-origin-embedder-policy"], path).toBe("require-corp");
  }
  for (const path of notIsolated) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cross-origin-opener-policy"], path).toBeUndefined();
    expect(response.headers()["cross-origin-embedder-policy"], path).toBeUndefined();
  }
});

test("a page at /p/<slug> is crossOriginIsolated in Chromium", async ({ page }) => {
  await page.goto("/p/hello");
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
});
