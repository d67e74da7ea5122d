import type { Page } from "@playwright/test";
import { serveHostPage } from "../embed/host-page";
import { e2eServer } from "../server-config";
import { framingBody } from "./attack-pages";
import { attackResults } from "./attack-results";
import { expect, test } from "./world";

/** The address each frame of the attack page shows: Chromium's error page when it refused the app's. */
async function frameUrls(page: Page): Promise<Record<string, string>> {
  await attackResults(page);
  const urls: Record<string, string> = {};
  for (const element of await page.locator("iframe").elementHandles()) {
    urls[(await element.getAttribute("data-path")) ?? ""] = (await element.contentFrame())?.url() ?? "";
  }
  return urls;
}

test("app pages refuse to be framed by another site and by a preview origin: dashboard, editor, read-only, account, sign-in, 404", async ({ world }) => {
  const appPages = ["/", `/p/${world.shared.slug}`, `/p/${world.shared.slug}?v=1`, `/p/${world.hostile.slug}`, "/account", "/sign-in", "/sign-up", "/no-such-page"];
  // The control: the embed loads in the same frames, so a missing page above is the browser's refusal.
  const embed = `/embed/${world.shared.slug}`;
  const fragment = new URLSearchParams({ app: e2eServer.appOrigin, paths: [...appPages, embed].join(",") });
  const foreign = await serveHostPage(framingBody);
  const page = await world.owner.context.newPage();
  for (const attacker of [`${foreign.url}#${fragment}`, `${world.hostile.url}framing.html?${fragment}`]) {
    await page.goto(attacker);
    const urls = await frameUrls(page);
    for (const path of appPages) expect(urls[path], `${attacker}: ${path}`).toBe("chrome-error://chromewebdata/");
    expect(urls[embed]).toBe(`${e2eServer.appOrigin}${embed}`);
    await expect(page.frameLocator(`iframe[data-path="${embed}"]`).getByRole("link", { name: "Open in editor" })).toBeVisible();
  }
  await page.close();
  await foreign.close();
});
