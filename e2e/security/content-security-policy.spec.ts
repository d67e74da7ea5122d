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
    const ran = () => (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    // Settles on the refusal, or on "ran" as soon as the injected code has run, so a missing policy fails at once.
    const blocked = (run: (settle: (outcome: string) => void) => void) =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
        run(resolve);
      });
    const element = await blocked((settle) => {
      const script = document.createElement("script");
      script.textContent = "window.injectedRan = true";
      document.body.append(script);
      if (ran()) settle("ran");
    });
    const attribute = await blocked((settle) => {
      const image = document.createElement("img");
      image.setAttribute("onload", "window.injectedRan = true");
      // Listeners run in the order they were added: this one after the attribute's handler.
      image.addEventListener("load", () => ran() && settle("ran"));
      image.addEventListener("error", () => settle("the image did not load"));
      image.src = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
      document.body.append(image);
    });
    return { element, attribute, ran: ran() };
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
