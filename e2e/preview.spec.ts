import { expect, test } from "@playwright/test";
import { e2eServer } from "./server-config";

/**
 * The preview origin in real Chromium: a separate site for cookies, cross-origin isolated by its headers.
 * `hello` is the demo project the app seeds on its first start.
 */
const helloPreview = e2eServer.previewOrigin("hello");

test("a cookie set on the app origin is neither sent to nor visible from the preview origin", async ({ page, context }) => {
  await page.goto(`${e2eServer.appOrigin}/api/health`);
  await page.evaluate(() => {
    document.cookie = "app_session=from-app-page; path=/; SameSite=Lax";
  });
  await context.addCookies([{ name: "app_api", value: "from-app-context", url: e2eServer.appOrigin }]);
  expect((await context.cookies(e2eServer.appOrigin)).map((c) => c.name).sort()).toEqual(["app_api", "app_session"]);

  const first = await page.goto(`${helloPreview}/`);
  expect(first?.status()).toBe(200);
  expect(await first?.request().headerValue("cookie")).toBeNull();
  expect(await first?.headerValue("set-cookie")).toBeNull();
  expect(await page.evaluate(() => document.cookie)).toBe("");

  // Control: a cookie the preview sets for itself is sent back to it, so the check above can see cookies.
  await page.evaluate(() => {
    document.cookie = "preview_own=1; path=/";
  });
  const second = await page.goto(`${helloPreview}/main.py`);
  expect(await second?.request().headerValue("cookie")).toBe("preview_own=1");
  expect(await page.evaluate(() => document.cookie)).toBe("preview_own=1");
});

test("the demo project's preview loads cross-origin isolated", async ({ page }) => {
  const response = await page.goto(`${helloPreview}/`);
  expect(response?.status()).toBe(200);
  expect(await response?.headerValue("cross-origin-opener-policy")).toBe("same-origin");
  await expect(page.getByRole("heading", { name: "Hello from Python" })).toBeVisible();
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
});

test("the app origin does not serve project files", async ({ page, request }) => {
  // Through Chromium: Node's resolver does not know that *.localhost is loopback.
  const preview = await page.goto(`${helloPreview}/main.py`);
  expect(await preview?.text()).toContain("from pyscript import");
  for (const path of ["/main.py", "/index.html", "/hello/main.py"]) {
    const app = await request.get(`${e2eServer.appOrigin}${path}`);
    expect(await app.text()).not.toContain("from pyscript import");
  }
});
