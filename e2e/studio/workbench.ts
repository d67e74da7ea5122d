import { expect, type Locator, type Page } from "@playwright/test";
import { signUp } from "../support/auth";

/** The editor as a person drives it: the file tree, Monaco, the shortcuts, the preview and its console. */
export class WorkbenchPage {
  readonly console: Locator;
  readonly saveState: Locator;
  readonly previewStatus: Locator;
  readonly preview;

  constructor(readonly page: Page) {
    this.console = page.getByTestId("console");
    this.saveState = page.getByTestId("save-state");
    this.previewStatus = page.getByTestId("preview-status");
    this.preview = page.frameLocator('iframe[title="Preview of the project"]');
  }

  /** Waits until Monaco is mounted and accepts typing. */
  async ready(): Promise<void> {
    await expect(this.page.getByTestId("code-editor")).toHaveAttribute("data-state", "ready", { timeout: 30_000 });
  }

  async openFile(path: string): Promise<void> {
    await this.page.getByTestId(`tree-${path}`).click();
    await expect(this.tab(path)).toHaveAttribute("data-active", "true");
  }

  tab(path: string): Locator {
    return this.page.getByTestId(`tab-${path}`);
  }

  /**
   * Replaces the open file's text with a paste: typed, Monaco would auto-indent every new line on top of
   * the text's own indentation.
   */
  async replaceText(text: string): Promise<void> {
    // Two tabs of one browser: key presses reach only the page in front, as for a person.
    await this.page.bringToFront();
    // Monaco takes input through EditContext in Chromium, not its textarea: focus it the way a click does.
    await this.page.locator(".monaco-editor .view-lines").click();
    await expect(this.page.locator(".monaco-editor.focused")).toBeVisible();
    await this.page.keyboard.press("ControlOrMeta+A");
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
    // Keys pressed before Monaco has rendered the paste can be lost: wait for its first line on screen.
    const firstLine = text.split("\n").find((line) => line.trim() !== "")?.trim();
    if (firstLine) await expect.poll(() => this.visibleText()).toContain(firstLine);
  }

  /** The open file's text as Monaco shows it (its rendering uses non-breaking spaces). */
  async visibleText(): Promise<string> {
    const text = await this.page.locator(".monaco-editor .view-lines").innerText();
    return text.replace(/\u00a0/g, " ");
  }

  async save(): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press("ControlOrMeta+S");
  }

  async saveAndRun(): Promise<void> {
    await this.page.bringToFront();
    await this.page.keyboard.press("ControlOrMeta+Enter");
  }

  async expectSaved(path: string): Promise<void> {
    await expect(this.tab(path)).toHaveAttribute("data-dirty", "false");
    await expect(this.saveState).toHaveText("All changes saved");
  }
}

/**
 * Signs a fresh user up, creates a project from a template through the dashboard's New project dialog and
 * opens it.
 */
export async function createFromTemplate(page: Page, templateTitle: string): Promise<{ workbench: WorkbenchPage; slug: string }> {
  await signUp(page);
  await page.goto("/");
  await page.getByRole("button", { name: "New project" }).click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await dialog.getByRole("radio", { name: new RegExp(`^${escapeRegExp(templateTitle)}`) }).check();
  await dialog.getByRole("button", { name: "Create project" }).click();
  await page.waitForURL(/\/p\/[a-z0-9-]+$/);
  const workbench = new WorkbenchPage(page);
  await workbench.ready();
  return { workbench, slug: new URL(page.url()).pathname.split("/").pop()! };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A file's content as the server has it, read with the page's own session. */
export async function savedContent(page: Page, slug: string, path: string): Promise<string | undefined> {
  const { projects } = await (await page.request.get("/api/projects")).json();
  const id = projects.find((p: { slug: string }) => p.slug === slug).id;
  const { project } = await (await page.request.get(`/api/projects/${id}`)).json();
  return project.files.find((f: { path: string }) => f.path === path)?.content;
}
