import { expect, test, type Page } from "@playwright/test";
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
