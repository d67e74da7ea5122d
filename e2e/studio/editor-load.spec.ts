import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { e2eServer } from "../server-config";
import { signUp } from "../support/auth";

/** A fresh owner's hello-micropython project; returns its editor's path. */
async function ownProject(page: Page): Promise<string> {
  await signUp(page);
  const response = await page.request.post("/api/projects", { data: { title: "Editor load", template: "hello-micropython" } });
  expect(response.ok()).toBe(true);
  const { project } = (await response.json()) as { project: { slug: string } };
  return `/p/${project.slug}`;
}

test("the editor page shows the code, coloured, before Monaco loads, and Monaco takes its place without moving it", async ({ page }) => {
  const path = await ownProject(page);
  // Monaco's entry is held back until the code shown without it has been checked.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_editor/monaco.js", async (route) => {
    await held;
    await route.continue();
  });

  const response = await page.goto(path);
  // In the server's first answer: on screen as soon as the HTML is, before any script has run.
  expect(await response!.text()).toContain('data-testid="static-code"');
  const staticCode = page.getByTestId("static-code");
  await expect(staticCode).toContainText('message = "Hello from " + sys.implementation.name');
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-state", "loading");
  const keyword = staticCode.getByText("import", { exact: true }).first();
  await expect(keyword).toHaveCSS("color", "rgb(0, 0, 255)");
  await expect(staticCode.getByText('"Hello from "')).toHaveCSS("color", "rgb(163, 21, 21)");
  const before = await keyword.boundingBox();

  release();
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-state", "ready");
  await expect(staticCode).toHaveCount(0);
  const firstToken = page.locator(".monaco-editor .view-line").first().locator("span > span").first();
  await expect(firstToken).toHaveText("import");
  const after = await firstToken.boundingBox();
  expect(Math.abs(after!.x - before!.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(after!.y - before!.y)).toBeLessThanOrEqual(1);
});

test("the command palette's code arrives once the editor is idle, so the first F1 does not wait for the network", async ({ page, context }) => {
  const path = await ownProject(page);
  await page.goto(path);
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-state", "ready");
  // No key pressed yet: the editor fetched the palette's chunk, and the chunks that one imports, on its own.
  // (The chunk's own response is not enough to wait for: under load its imports may still be on their way.)
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-palette", "loaded");
  // Offline, F1 can only open what the page already has.
  await context.setOffline(true);
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.press("F1");
  await expect(page.locator(".quick-input-widget")).toBeVisible();
  await expect(page.locator(".quick-input-widget input")).toBeFocused();
});

/** The page's 103 Early Hints (their headers, in order) and its final headers, as a plain HTTP client sees them. */
function pageAnswer(path: string, cookie: string): Promise<{ hints: IncomingHttpHeaders[]; headers: IncomingHttpHeaders; status: number }> {
  return new Promise((resolve, reject) => {
    const hints: IncomingHttpHeaders[] = [];
    const request = httpRequest(new URL(path, e2eServer.appOrigin), { headers: { cookie } }, (response) => {
      response.resume();
      response.on("end", () => resolve({ hints, headers: response.headers, status: response.statusCode! }));
    });
    request.on("information", (info) => info.statusCode === 103 && hints.push(info.headers));
    request.on("error", reject);
    request.end();
  });
}

test("the editor page names Monaco's files in an Early Hint before its answer, with the answer's isolation policy", async ({ page }) => {
  const path = await ownProject(page);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  const { hints, headers, status } = await pageAnswer(path, cookie);
  expect(status).toBe(200);
  expect(hints).toHaveLength(1);
  const hinted = String(hints[0]!.link).split(", ");
  expect(hinted).toContainEqual(expect.stringMatching(/^<\/_editor\/monaco-\w+\.js>; rel=modulepreload$/));
  expect(hinted).toContainEqual(expect.stringMatching(/^<\/_editor\/monaco-\w+\.css>; rel=preload; as=style$/));
  // The answer's own Link header names them again (Next adds its stylesheets to it).
  expect(String(headers.link).split(", ")).toEqual(expect.arrayContaining(hinted));
  expect(hints[0]!["cross-origin-embedder-policy"]).toBe(headers["cross-origin-embedder-policy"]);
});
