import { expect, test } from "@playwright/test";
import { embedFrame, embedUrl, helloProject, openHostPage } from "./embed-projects";

/** What an embed must not fetch before the visitor asks it to run. */
const heavy = (url: string) => url.includes("/_runtime/") || url.includes("/_editor/") || new URL(url).hostname.endsWith(".preview.localhost");

test("with run=click an embed on another site loads no interpreter, editor or preview until Run, then runs", async ({ page, request }) => {
  const project = await helloProject(request);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  const host = await openHostPage(page, `<h1>Docs</h1>${embedFrame(embedUrl(project.slug, "?run=click"))}`);
  try {
    const embed = page.frameLocator("#embed");
    await expect(embed.getByRole("heading", { level: 1 })).toHaveText(/^e2e /);
    await expect(embed.getByRole("button", { name: "Run", exact: true })).toBeVisible();
    await expect(embed.getByTestId("plain-code")).toContainText('print("printed by the embed")');
    await page.waitForLoadState("networkidle");
    expect(requests.filter(heavy)).toEqual([]);
    await expect(embed.locator("iframe")).toHaveCount(0);

    await embed.getByRole("button", { name: "Run", exact: true }).click();
    await expect(embed.frameLocator('iframe[title="Preview of the project"]').locator("body")).toContainText("shown by the embed");
    await expect(embed.getByTestId("console")).toContainText("printed by the embed");
    await expect(embed.getByTestId("code-editor")).toHaveAttribute("data-state", "ready");
    expect(requests.some((url) => url.includes("/_runtime/"))).toBe(true);
    expect(requests.some((url) => url.includes("/_editor/"))).toBe(true);
  } finally {
    await host.close();
  }
});

test("view=code shows the code read-only, and the open link goes to the project", async ({ page, request }) => {
  const project = await helloProject(request);
  const host = await openHostPage(page, embedFrame(embedUrl(project.slug, "?view=code&file=index.html")));
  try {
    const embed = page.frameLocator("#embed");
    const editor = embed.getByTestId("code-editor");
    await expect(editor).toHaveAttribute("data-state", "ready");
    await expect(embed.getByRole("button", { name: "index.html" })).toHaveAttribute("aria-current", "page");
    await expect(embed.locator(".monaco-editor .view-lines")).toContainText("Embedded page");
    await expect(embed.getByRole("region", { name: "Preview" })).toHaveCount(0);
    await embed.getByRole("button", { name: "main.py" }).click();
    await expect(embed.locator(".monaco-editor .view-lines")).toContainText("printed by the embed");

    await embed.locator(".monaco-editor .view-lines").click();
    await page.keyboard.type("typed text");
    await expect(embed.locator(".monaco-editor .view-lines")).not.toContainText("typed text");

    const link = embed.getByRole("link", { name: "Open in editor" });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("href", `/p/${project.slug}`);
  } finally {
    await host.close();
  }
});

test("theme=dark is dark, the editor too; theme=light is light", async ({ page, request }) => {
  const project = await helloProject(request);
  const host = await openHostPage(page, embedFrame(embedUrl(project.slug, "?theme=dark&console=0"), { id: "dark" }) + embedFrame(embedUrl(project.slug, "?theme=light&run=click"), { id: "light" }));
  try {
    const dark = page.frameLocator("#dark");
    await expect(dark.getByTestId("code-editor")).toHaveAttribute("data-state", "ready");
    await expect(dark.getByTestId("embed")).toHaveCSS("background-color", "rgb(13, 17, 23)");
    await expect(dark.locator(".monaco-editor")).toHaveClass(/vs-dark/);
    await expect(dark.getByTestId("console")).toHaveCount(0);
    await expect(page.frameLocator("#light").getByTestId("embed")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  } finally {
    await host.close();
  }
});
