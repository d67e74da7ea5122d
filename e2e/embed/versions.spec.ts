import { expect, test } from "@playwright/test";
import { e2eServer } from "../server-config";
import { embedFrame, embedUrl, helloProject, openHostPage } from "./embed-projects";

test("?v=N embeds that version: its files, its preview under /v/N/, and a link to it", async ({ page, request }) => {
  const project = await helloProject(request);
  const api = `${e2eServer.appOrigin}/api/projects/${project.id}`;
  expect((await request.post(`${api}/versions`, { data: { message: "first" } })).status()).toBe(201);
  const { project: current } = await (await request.get(api)).json();
  const edited = await request.patch(`${api}/files`, {
    data: { baseRevision: current.revision, upserts: [{ path: "main.py", content: 'print("printed by the draft")\n' }], deletes: [] },
  });
  expect(edited.ok(), await edited.text()).toBe(true);

  const host = await openHostPage(page, embedFrame(embedUrl(project.slug, "?v=1"), { id: "v1" }) + embedFrame(embedUrl(project.slug), { id: "draft" }));
  try {
    const v1 = page.frameLocator("#v1");
    await expect(v1.getByTestId("console")).toContainText("printed by the embed");
    await expect(v1.locator(".monaco-editor .view-lines")).toContainText("printed by the embed");
    await expect(v1.locator('iframe[title="Preview of the project"]')).toHaveAttribute("src", `${project.url}v/1/`);
    await expect(v1.getByRole("link", { name: "Open in editor" })).toHaveAttribute("href", `/p/${project.slug}?v=1`);
    await expect(page.frameLocator("#draft").getByTestId("console")).toContainText("printed by the draft");
  } finally {
    await host.close();
  }
  expect((await request.get(embedUrl(project.slug, "?v=2"))).status()).toBe(404);
});
