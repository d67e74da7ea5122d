import { e2eServer } from "../server-config";
import { newAccount } from "../support/auth";
import { expect, test } from "./world";

const app = e2eServer.appOrigin;

/** `next` values that a browser would follow off the app, each as a person could be sent a link with it. */
const offSite = [
  "//evil.example/",
  "///evil.example/",
  "/\t/evil.example/",
  "/\\evil.example/",
  "\\\\evil.example/",
  "/.//evil.example/",
  "/a/..//evil.example/",
  "/%2e//evil.example/",
  "https://evil.example/",
  "http:evil.example",
  " //evil.example/",
  "javascript:location='http://evil.example/'",
  "/\r\nLocation: http://evil.example/",
];

test("open redirect: every off-site form of next, after signing up through the form and when already signed in, lands on the app", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: app });
  const evil: string[] = [];
  await context.route(/^https?:\/\/evil\.example\//, (route) => {
    evil.push(route.request().url());
    return route.fulfill({ contentType: "text/html", body: "<h1>evil</h1>" });
  });
  const page = await context.newPage();
  const landed = async (label: string) => {
    await page.waitForURL((url) => !/^\/sign-(in|up)$/.test(url.pathname));
    expect(new URL(page.url()).origin, label).toBe(app);
  };
  // The form gets next from its page, cleaned on the server: two forms show the form follows the cleaned one.
  for (const next of ["/.//evil.example/", "/\t/evil.example/"]) {
    await context.clearCookies();
    await page.goto(`/sign-up?next=${encodeURIComponent(next)}`);
    const account = newAccount();
    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await landed(`sign-up form, next=${JSON.stringify(next)}`);
  }
  // Signed in now: the sign-in and sign-up pages redirect a signed-in person straight to next. The Location is
  // resolved as a browser resolves it (WHATWG URL drops tabs and newlines and reads \ as /).
  for (const next of offSite) {
    for (const path of ["/sign-in", "/sign-up"]) {
      const response = await page.request.get(`${path}?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      const label = `${path} signed in, next=${JSON.stringify(next)}`;
      expect(response.status(), label).toBe(307);
      expect(new URL(response.headers().location ?? "", app).origin, label).toBe(app);
    }
  }
  expect(evil).toEqual([]);
  await context.close();
});
