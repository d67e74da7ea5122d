import { expect, test } from "@playwright/test";
import type { BrowserContext, Page } from "@playwright/test";
import { embedUrl, helloProject } from "../embed/embed-projects";
import { signUp } from "../support/auth";
import { WorkbenchPage } from "../studio/workbench";

/**
 * Every violation of the page's policy, from the document (`securitypolicyviolation`) and from the console of
 * the page and its workers (where a worker's refusals appear). The preview frames are other origins with
 * policies of their own, so only the app document's events count.
 */
async function watchViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    if (window.top !== window) return;
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`));
  });
  const logged: string[] = [];
  const listen = (text: string) => {
    if (/Content Security Policy/i.test(text)) logged.push(text);
  };
  context.on("page", (page) => {
    page.on("console", (message) => listen(message.text()));
    page.on("worker", (worker) => worker.on("console", (message) => listen(message.text())));
  });
  return async (page) => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...logged];
}

test("the editor, dashboard, read-only view, embed and auth pages load with no policy violation; injected script does not run", async ({ browser }) => {
  // Six pages and three preview runs in one test, rather than a server's worth of tests each.
  test.setTimeout(180_000);
  const owner = await browser.newContext();
  const visitor = await browser.newContext();
  const [ownerViolations, visitorViolations] = [await watchViolations(owner), await watchViolations(visitor)];
  const page = await owner.newPage();
  await signUp(page);
  const project = await helloProject(page.request);

  await page.goto("/");
  await expect(page.locator(`[data-slug="${project.slug}"]`)).toBeVisible();

  await page.goto(`/p/${project.slug}`);
  const editor = new WorkbenchPage(page);
  await editor.ready();
  await expect(editor.console).toContainText("printed by the embed", { timeout: 60_000 });
  await expect(editor.preview.locator("body")).toContainText("shown by the embed");
  expect(await ownerViolations(page)).toEqual([]);

  const injected = await page.evaluate(async () => {
    const blocked = (run: () => void) =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
        run();
      });
    const element = await blocked(() => {
      const script = document.createElement("script");
      script.textContent = "window.injectedRan = true";
      document.body.append(script);
    });
    const attribute = await blocked(() => {
      document.body.insertAdjacentHTML("beforeend", `<img src="data:," onload="window.injectedRan = true">`);
    });
    return { element, attribute, ran: (window as unknown as { injectedRan?: boolean }).injectedRan ?? false };
  });
  expect(injected).toEqual({ element: "script-src-elem", attribute: "script-src-attr", ran: false });

  const reader = await visitor.newPage();
  await reader.goto(`/p/${project.slug}`);
  const readOnly = new WorkbenchPage(reader);
  await readOnly.ready();
  await expect(readOnly.preview.locator("body")).toContainText("shown by the embed", { timeout: 60_000 });

  await reader.goto(embedUrl(project.slug));
  await expect(reader.frameLocator('iframe[title="Preview of the project"]').locator("body")).toContainText("shown by the embed", { timeout: 60_000 });
  expect(await visitorViolations(reader)).toEqual([]);

  for (const path of ["/sign-in", "/sign-up"]) {
    // Next's inline scripts run (or are refused) while the document parses, before "load".
    await reader.goto(path, { waitUntil: "load" });
    await expect(reader.getByRole("button", { name: /^(Sign in|Create account)$/ })).toBeVisible();
    expect(await visitorViolations(reader), path).toEqual([]);
  }
  await Promise.all([owner.close(), visitor.close()]);
});
