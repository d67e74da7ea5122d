import type { APIRequestContext } from "@playwright/test";
import { e2eServer } from "../server-config";
import { newAccount, signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { rawRequest } from "./raw-http";
import { expect, readProject, secretMarker, test } from "./world";

const app = e2eServer.appOrigin;

type Mutation = [string, string, string, (request: APIRequestContext, headers: Record<string, string>) => Promise<{ status(): number }>];

/** Every mutating route with a body it would accept from the app's own page. */
function mutations(id: string, revision: number, password: string, zip: Buffer): Mutation[] {
  const json = (method: "post" | "patch" | "put" | "delete", path: string, data: unknown): Mutation => [
    method.toUpperCase(),
    path,
    "json",
    (request, headers) => request[method](`${app}${path}`, { data, headers }),
  ];
  const project = `/api/projects/${id}`;
  return [
    json("post", "/api/projects", { title: "made by csrf" }),
    json("patch", project, { title: "renamed by csrf" }),
    json("delete", project, undefined),
    json("put", `${project}/files`, { revision, files: [{ path: "index.html", content: "csrf" }] }),
    json("patch", `${project}/files`, { baseRevision: revision, upserts: [{ path: "csrf.py", content: "" }], deletes: [] }),
    json("post", `${project}/fork`, {}),
    json("post", `${project}/versions`, { message: "csrf" }),
    json("post", `${project}/versions/1/restore`, { revision }),
    ["POST", "/api/projects/import", "zip", (request, headers) => request.post(`${app}/api/projects/import?title=csrf`, { data: zip, headers: { ...headers, "content-type": "application/zip" } })],
    json("post", "/api/auth/update-user", { name: "renamed by csrf" }),
    json("post", "/api/auth/change-password", { currentPassword: password, newPassword: "chosen-by-csrf", revokeOtherSessions: true }),
    json("post", "/api/auth/revoke-sessions", {}),
    json("post", "/api/auth/revoke-other-sessions", {}),
    json("post", "/api/auth/sign-out", {}),
    json("post", "/api/auth/delete-user", { password }),
    json("post", "/api/auth/sign-in/email", { email: "someone@example.test", password: "login-csrf" }),
    json("post", "/api/auth/sign-up/email", { name: "csrf", email: `csrf-${id}@example.test`, password: "login-csrf-1" }),
  ];
}

test("CSRF: every mutating route refuses a request from another site, from a preview origin, same-site or from an opaque origin with 403, and nothing changes", async ({ browser, world }) => {
  const context = await browser.newContext({ baseURL: app });
  const account = await signUpWith(context.request, newAccount("CSRF Target"));
  const target = await createProject(context.request, [{ path: "index.html", content: "<p>kept</p>" }]);
  expect((await context.request.post(`/api/projects/${target.id}/versions`, { data: {} })).status()).toBe(201);
  const zip = await (await context.request.get(`/api/projects/${target.id}/zip`)).body();
  const before = await readProject(context.request, target.id);
  const preview = new URL(world.hostile.url).origin;
  const senders: [string, Record<string, string>][] = [
    ["another site", { origin: "http://127.0.0.1:9", "sec-fetch-site": "cross-site" }],
    ["a preview origin", { origin: preview, "sec-fetch-site": "same-site" }],
    ["a preview origin, no Sec-Fetch-Site", { origin: preview }],
    ["a same-site page without Origin", { "sec-fetch-site": "same-site" }],
    ["an opaque origin", { origin: "null", "sec-fetch-site": "cross-site" }],
  ];
  for (const [method, path, , send] of mutations(target.id, before.revision, account.password, zip)) {
    for (const [sender, headers] of senders) {
      expect((await send(context.request, headers)).status(), `${method} ${path} from ${sender}`).toBe(403);
    }
  }
  expect(await readProject(context.request, target.id)).toEqual(before);
  expect((await (await context.request.get(`/api/projects/${target.id}/versions`)).json()).versions).toHaveLength(1);
  expect((await (await context.request.get("/api/projects")).json()).projects).toHaveLength(1);
  const session = await (await context.request.get("/api/auth/get-session")).json();
  expect(session?.user).toMatchObject({ email: account.email, name: account.name });
  await context.close();
});

test("a project file is never served from the app origin: not at any app path, not through a forwarded host, not by an absolute request target", async ({ world }) => {
  const { secret } = world;
  const paths = [
    "/index.html",
    `/${secret.slug}/index.html`,
    `/p/${secret.slug}/index.html`,
    `/embed/${secret.slug}/index.html`,
    `/v/${secret.slug}/index.html`,
    `/_runtime/../index.html`,
    `/api/projects/${secret.id}/index.html`,
  ];
  for (const path of paths) {
    const response = await world.owner.request.get(`${app}${path}`);
    expect(await response.text(), path).not.toContain(secretMarker);
  }
  // The zip and the JSON API do carry the file, as a download and as data: neither is ever a page.
  const zip = await world.owner.request.get(`${app}/api/projects/${secret.id}/zip`);
  expect(zip.headers()["content-type"]).toBe("application/zip");
  expect(zip.headers()["content-disposition"]).toMatch(/^attachment;/);
  const json = await world.owner.request.get(`${app}/api/projects/${secret.id}`);
  expect(json.headers()["content-type"]).toMatch(/^application\/json/);

  const cookie = (await world.owner.context.cookies(app)).map((c) => `${c.name}=${c.value}`).join("; ");
  const previewHost = new URL(secret.url).host;
  for (const head of [
    `GET / HTTP/1.1\r\nHost: localhost:${e2eServer.port}\r\nX-Forwarded-Host: ${previewHost}\r\nCookie: ${cookie}\r\n`,
    `GET /index.html HTTP/1.1\r\nHost: localhost:${e2eServer.port}\r\nX-Forwarded-Host: ${previewHost}\r\nCookie: ${cookie}\r\n`,
    `GET http://${previewHost}/ HTTP/1.1\r\nHost: localhost:${e2eServer.port}\r\nCookie: ${cookie}\r\n`,
  ]) {
    const response = await rawRequest(`${head}Connection: close\r\n\r\n`);
    expect(response.body, head.split("\r\n")[0]).not.toContain(secretMarker);
  }
});
