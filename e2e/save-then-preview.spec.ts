import { expect, test } from "@playwright/test";
import { createProject } from "./support/projects";

/**
 * Save, then Run: the app's JSON API and the preview origin are served by one process, and the first preview
 * request after a save is answered must serve what was saved, never the cached bytes from before it.
 */
test("the first preview request after a merging save (PATCH) or a full save (PUT) serves the saved bytes", async ({ page, request }) => {
  const project = await createProject(request, [
    { path: "main.py", content: "print('v1')" },
    { path: "other.py", content: "x = 1" },
  ]);
  // Through Chromium (Node's resolver does not know that *.localhost is loopback), revalidating as a Run does.
  const served = async () => (await page.goto(`${project.url}main.py`))!.text();
  expect(await served()).toBe("print('v1')");
  expect(await served()).toBe("print('v1')");

  const patched = await request.patch(`/api/projects/${project.id}/files`, {
    data: { baseRevision: 1, upserts: [{ path: "main.py", content: "print('v2')", encoding: "utf8" }], deletes: [] },
  });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ revision: 2, project: { id: project.id, revision: 2 } });
  expect(await served()).toBe("print('v2')");

  const put = await request.put(`/api/projects/${project.id}/files`, {
    data: { revision: 2, files: [{ path: "main.py", content: "print('v3')" }, { path: "other.py", content: "x = 1" }] },
  });
  expect(put.status()).toBe(200);
  expect(await served()).toBe("print('v3')");

  const stale = await request.patch(`/api/projects/${project.id}/files`, {
    data: { baseRevision: 1, upserts: [{ path: "main.py", content: "print('old tab')", encoding: "utf8" }], deletes: [] },
  });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: "conflict", files: ["main.py"], revision: 3 });
  expect(await served()).toBe("print('v3')");
});
