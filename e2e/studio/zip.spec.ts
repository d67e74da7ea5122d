import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { expect, test, type Page } from "@playwright/test";
import { zeroBomb, zipOf } from "../../test/support/zip-files";
import { createProject } from "../support/projects";
import { signUp } from "../support/auth";

/** Zips through the dashboard as a person uses them: download a project, import it back, and bad zips refused. */

const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0b7b43f0000000049454e44ae426082", "hex");

/** Drags a file over the dashboard and drops it, as from the desktop; the drop target shows meanwhile. */
async function dropFile(page: Page, name: string, bytes: Uint8Array) {
  const transfer = await page.evaluateHandle(
    ({ name, base64 }) => {
      const data = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], name, { type: "application/zip" }));
      return data;
    },
    { name, base64: Buffer.from(bytes).toString("base64") },
  );
  const list = page.getByTestId("project-list").or(page.getByTestId("no-projects"));
  await list.dispatchEvent("dragenter", { dataTransfer: transfer });
  await expect(page.getByTestId("zip-drop-target")).toBeVisible();
  await expect(page.getByTestId("zip-drop-target")).toContainText("Drop a .zip to import it as a new project");
  await list.dispatchEvent("dragover", { dataTransfer: transfer });
  await list.dispatchEvent("drop", { dataTransfer: transfer });
  await expect(page.getByTestId("zip-drop-target")).toBeHidden();
}

type ApiFile = { path: string; content: string; encoding: string; size: number };

async function filesOf(page: Page, slug: string): Promise<ApiFile[]> {
  const { projects } = await (await page.request.get("/api/projects")).json();
  const id = projects.find((p: { slug: string }) => p.slug === slug).id;
  const { project } = await (await page.request.get(`/api/projects/${id}`)).json();
  return project.files.map(({ path, content, encoding, size }: ApiFile) => ({ path, content, encoding, size }));
}

test("a project downloaded from the dashboard and dropped back on it comes back with the same files and bytes", async ({ page }) => {
  const source = await createProject(page.request, [
    { path: "index.html", content: '<script type="py" src="main.py"></script>' },
    { path: "main.py", content: "print('héllo')\n" },
    { path: "static/pixel.png", content: png },
  ]);
  await page.goto("/");
  const row = page.locator(`[data-slug="${source.slug}"]`);
  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: /as a zip$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${source.slug}.zip`);
  const zip = await readFile((await download.path())!);

  await dropFile(page, download.suggestedFilename(), zip);
  await page.waitForURL((url) => url.pathname.startsWith("/p/") && !url.pathname.endsWith(source.slug));
  const imported = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("tree-static/pixel.png")).toBeVisible();
  expect(await filesOf(page, imported)).toEqual(await filesOf(page, source.slug));
  const pixel = (await filesOf(page, imported)).find((f) => f.path === "static/pixel.png")!;
  expect(pixel.encoding).toBe("base64");
  expect(Buffer.from(pixel.content, "base64").equals(png)).toBe(true);
});

test("a zip bomb chosen with Import zip is refused with a message naming the entry, and no project is made", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  await expect(page.getByTestId("no-projects")).toBeVisible();
  const bomb = zeroBomb([{ name: "zeros.bin", megabytes: 1024 }]);
  await page.getByLabel("Zip file to import").setInputFiles({ name: "bomb.zip", mimeType: "application/zip", buffer: Buffer.from(bomb) });
  const alert = page.getByRole("alert").filter({ hasText: "bomb.zip" });
  await expect(alert).toHaveText(/“bomb\.zip” could not be imported: The zip entry "zeros\.bin" is larger than 1048576 bytes\./);
  await expect(page.getByRole("button", { name: "Import zip" })).toBeEnabled();
  await page.reload();
  await expect(page.getByTestId("no-projects")).toBeVisible();
});

test("a zip-slip entry dropped on the dashboard is refused with a message naming it; a file that is not a zip too", async ({ page }) => {
  await signUp(page);
  await page.goto("/");
  const slip = zipOf([
    { name: "main.py", content: "print(1)" },
    { name: "../../outside.py", content: "print('escaped')" },
  ]);
  await dropFile(page, "slip.zip", slip);
  await expect(page.getByRole("alert").filter({ hasText: "slip.zip" })).toHaveText(/The zip entry "\.\.\/\.\.\/outside\.py" is refused/);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "slip.zip" })).toHaveCount(0);

  await page.getByLabel("Zip file to import").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hi") });
  await expect(page.getByRole("alert").filter({ hasText: "notes.txt" })).toHaveText("Only .zip files can be imported; “notes.txt” is not one.");
  await page.reload();
  await expect(page.getByTestId("no-projects")).toBeVisible();
});

test("a visitor downloads a published version from its read-only page: that version's files, named <slug>-v1.zip", async ({ page, browser }) => {
  const source = await createProject(page.request, [{ path: "main.py", content: "print('published')\n" }]);
  expect((await page.request.post(`/api/projects/${source.id}/versions`, { data: { message: "first" } })).status()).toBe(201);
  const { project } = await (await page.request.get(`/api/projects/${source.id}`)).json();
  const changed = await page.request.put(`/api/projects/${source.id}/files`, { data: { revision: project.revision, files: [{ path: "main.py", content: "print('draft')\n" }] } });
  expect(changed.ok()).toBe(true);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/p/${source.slug}?v=1`);
  const downloading = visitor.waitForEvent("download");
  await visitor.getByRole("link", { name: "Download version 1 as a zip" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${source.slug}-v1.zip`);
  const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(entries)).toEqual([`${source.slug}-v1/main.py`]);
  expect(new TextDecoder().decode(entries[`${source.slug}-v1/main.py`])).toBe("print('published')\n");
  await visitor.context().close();
});
