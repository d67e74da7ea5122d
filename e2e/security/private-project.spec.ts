import type { APIRequestContext } from "@playwright/test";
import { e2eServer } from "../server-config";
import { rawGet } from "./raw-http";
import { expect, readProject, secretMarker, test } from "./world";

/** Every way to touch a project through the API, by id or by slug: a stranger must learn nothing. */
function projectAttacks(key: string, revision: number): [string, (request: APIRequestContext) => Promise<{ status(): number; text(): Promise<string> }>][] {
  const at = `${e2eServer.appOrigin}/api/projects/${key}`;
  return [
    ["read", (r) => r.get(at)],
    ["rename", (r) => r.patch(at, { data: { title: "taken over", revision } })],
    ["make public", (r) => r.patch(at, { data: { visibility: "public" } })],
    ["rotate its preview secret", (r) => r.patch(at, { data: { rotatePreviewSecret: true } })],
    ["replace its files", (r) => r.put(`${at}/files`, { data: { revision, files: [{ path: "index.html", content: "owned" }] } })],
    ["edit a file", (r) => r.patch(`${at}/files`, { data: { baseRevision: revision, upserts: [{ path: "index.html", content: "owned" }], deletes: [] } })],
    ["delete", (r) => r.delete(at)],
    ["fork", (r) => r.post(`${at}/fork`, { data: {} })],
    ["download its zip", (r) => r.get(`${at}/zip`)],
    ["list its versions", (r) => r.get(`${at}/versions`)],
    ["publish", (r) => r.post(`${at}/versions`, { data: {} })],
    ["read version 1", (r) => r.get(`${at}/versions/1`)],
    ["restore version 1", (r) => r.post(`${at}/versions/1/restore`, { data: { revision } })],
  ];
}

test("another user's private project: every API call by id and by slug, its pages and its slug's preview host are 404, and it stays as it was", async ({ world, playwright }) => {
  const { secret } = world;
  const anonymous = await playwright.request.newContext();
  for (const [who, request] of [["another user", world.stranger.request], ["a signed-out visitor", anonymous]] as const) {
    for (const key of [secret.id, secret.slug]) {
      for (const [attack, send] of projectAttacks(key, secret.revision)) {
        const response = await send(request);
        expect(response.status(), `${who}: ${attack} by ${key === secret.id ? "id" : "slug"}`).toBe(404);
        expect(await response.text()).not.toContain(secretMarker);
      }
    }
    for (const url of [
      `${e2eServer.appOrigin}/p/${secret.slug}`,
      `${e2eServer.appOrigin}/p/${secret.slug}?v=1`,
      `${e2eServer.appOrigin}/embed/${secret.slug}`,
      `${e2eServer.appOrigin}/oembed?url=${encodeURIComponent(`${e2eServer.appOrigin}/p/${secret.slug}`)}`,
    ]) {
      const response = await request.get(url);
      expect(response.status(), `${who}: ${url}`).toBe(404);
      expect(await response.text()).not.toContain(secretMarker);
    }
    // Its own list shows nothing of the owner's.
    expect(await (await request.get(`${e2eServer.appOrigin}/api/projects`)).text()).not.toContain(secret.id);
  }
  await anonymous.dispose();
  // The slug's preview host knows no cookie, so it answers everyone alike.
  for (const path of ["/", "/index.html", "/v/1/", "/latest/"]) {
    const response = await rawGet(`${e2eServer.previewOrigin(secret.slug)}${path}`);
    expect(response.status, `slug host ${path}`).toBe(404);
    expect(response.body).not.toContain(secretMarker);
  }

  expect(await readProject(world.owner.request, secret.id)).toEqual({ title: secret.title, revision: secret.revision });
  // The control: the owner's secret host does serve it.
  expect((await rawGet(secret.url)).body).toContain(secretMarker);
});
