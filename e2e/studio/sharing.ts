import { expect, type Page } from "@playwright/test";
import { z } from "zod";
import { newAccount, signUp, type TestAccount } from "../support/auth";
import { WorkbenchPage } from "./workbench";

const createdSchema = z.object({ project: z.object({ id: z.string(), slug: z.string(), title: z.string(), previewOrigin: z.string() }) });
export type OwnedProject = z.infer<typeof createdSchema>["project"] & { owner: TestAccount };

/** Signs a named user up and makes a project of theirs from a template, through the app's JSON API. */
export async function ownProject(page: Page, ownerName: string, title: string, template = "hello-micropython"): Promise<OwnedProject> {
  const owner = await signUp(page, newAccount(ownerName));
  const created = await page.request.post("/api/projects", { data: { title, template } });
  expect(created.status()).toBe(201);
  return { ...createdSchema.parse(await created.json()).project, owner };
}

/** The read-only view as a reader sees it: the panes, no editing, and the page running. */
export async function expectReadOnlyView(page: Page, project: OwnedProject): Promise<void> {
  const view = new WorkbenchPage(page);
  await expect(page.getByRole("heading", { level: 1, name: project.title })).toBeVisible();
  await expect(page.getByTestId("project-meta")).toContainText(`by ${project.owner.name}`);
  await expect(page.getByTestId("project-meta")).toContainText("changed");
  await expect(page.getByTestId("read-only-badge")).toHaveText("Read-only");
  await view.ready();
  // Monaco is ready before it shows the first file: wait for the text itself.
  await expect.poll(() => view.visibleText()).toContain("sys.implementation.name");
  await expect(page.getByTestId("tree-index.html")).toBeVisible();
  for (const editing of ["Save", "New file", "Rename main.py", "Delete main.py", "Share", "Versions"]) {
    await expect(page.getByRole("button", { name: editing, exact: true })).toHaveCount(0);
  }
  // Typing reaches Monaco but changes nothing: it is read-only.
  await page.locator(".monaco-editor .view-lines").click();
  await page.keyboard.type("zzz");
  // Monaco answers the attempt itself; only after that is "no zzz" a claim about the keys, not about timing.
  await expect(page.locator(".monaco-editor-overlaymessage")).toContainText("Cannot edit in read-only editor");
  await expect(page.locator(".monaco-editor .view-lines")).not.toContainText("zzz");
  await expect(view.previewStatus).toHaveText("Done");
  await expect(view.console).toContainText("Hello from micropython");
  await expect(view.preview.locator("#out")).toHaveText("Hello from micropython");
}
