import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { limits, loadConfig } from "@/lib/config";
import { maxBodyBytes } from "@/lib/server/http/read-body";
import { openTestDatabase } from "@/test/support/test-databases";
import type { TestDatabase } from "@/test/support/test-databases";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import * as filesRoute from "./[id]/files/route";
import * as projectRoute from "./[id]/route";
import * as projectsRoute from "./route";

const appOrigin = loadConfig().appOrigin;
const unknownId = "00000000-0000-4000-8000-000000000000";

let database: TestDatabase;
let owner: TestUser;
beforeAll(async () => {
  database = await openTestDatabase("pg");
  owner = await signUpTestUser();
});
afterAll(() => database?.close());

function request(method: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${appOrigin}/api/projects`, {
    method,
    headers: {
      "content-type": "application/json",
      origin: appOrigin,
      "sec-fetch-site": "same-origin",
      cookie: owner.cookie,
      ...headers,
    },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const none = { params: Promise.resolve({}) };

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error as Record<string, unknown>;
}

async function create(title: string, files: unknown[] = []) {
  const response = await projectsRoute.POST(request("POST", { title, files }), none);
  expect(response.status).toBe(201);
  return (await response.json()).project as { id: string; slug: string; revision: number };
}

describe("POST /api/projects and GET /api/projects", () => {
  test("creates a project at its title plus a random part, and lists only the caller's own projects", async () => {
    const project = await create("My App", [{ path: "main.py", content: "print(1)" }]);
    expect(project).toMatchObject({ revision: 1, visibility: "unlisted", files: [{ path: "main.py", encoding: "utf8", size: 8 }] });
    expect(project.slug).toMatch(/^my-app-[a-z0-9]{8}$/);
    const list = await (await projectsRoute.GET(request("GET"), none)).json();
    expect(list.projects.map((p: { slug: string }) => p.slug)).toContain(project.slug);
    expect(list.projects.map((p: { slug: string }) => p.slug)).not.toContain("hello");
  });

  test("creating a project needs a signed-in user (401)", async () => {
    await expectError(await projectsRoute.POST(request("POST", { title: "anon" }, { cookie: "" }), none), 401, "unauthorized");
  });

  test("a template gives the project its files and isolation; an unknown template or files with a template is 400", async () => {
    const post = (body: unknown) => projectsRoute.POST(request("POST", body), none);
    const response = await post({ title: "From mini-coi", template: "mini-coi" });
    expect(response.status).toBe(201);
    const { project } = await response.json();
    expect(project.isolated).toBe(false);
    expect(project.files.map((f: { path: string }) => f.path)).toEqual(["index.html"]);
    const hello = await (await post({ title: "Hi", template: "hello-micropython" })).json();
    expect(hello.project.isolated).toBe(true);
    expect(hello.project.files.map((f: { path: string }) => f.path)).toEqual(["index.html", "main.py"]);
    const unknown = await expectError(await post({ title: "t", template: "nope" }), 400, "bad_request");
    expect(unknown.message).toMatch(/nope/);
    await expectError(await post({ title: "t", template: "blank", files: [{ path: "a.py", content: "" }] }), 400, "bad_request");
  });

  test("bad JSON, a bad body, bad paths and duplicates are 400", async () => {
    await expectError(await projectsRoute.POST(request("POST", "{nope"), none), 400, "bad_request");
    const missing = await expectError(await projectsRoute.POST(request("POST", { files: [] }), none), 400, "bad_request");
    expect(missing.message).toMatch(/^title: /);
    for (const path of ["../etc/passwd", "a/../../b", "/abs.py", "a\\b.py", "a//b.py", "nul\u0000.py", "x".repeat(300)]) {
      await expectError(await projectsRoute.POST(request("POST", { title: "t", files: [{ path, content: "" }] }), none), 400, "bad_request");
    }
    const twice = [{ path: "a.py", content: "" }, { path: "a.py", content: "" }];
    await expectError(await projectsRoute.POST(request("POST", { title: "t", files: twice }), none), 400, "bad_request");
    const badBase64 = [{ path: "a.bin", content: "***", encoding: "base64" }];
    await expectError(await projectsRoute.POST(request("POST", { title: "t", files: badBase64 }), none), 400, "bad_request");
  });

  test("a chosen address prefix gets a random part too: a taken address, another user's private one included, is no 409", async () => {
    const other = await signUpTestUser();
    const hidden = await projectsRoute.POST(request("POST", { title: "x", visibility: "private" }, { cookie: other.cookie }), none);
    const { slug: privateSlug } = (await hidden.json()).project as { slug: string };
    for (const prefix of ["hello", "bank-login", privateSlug]) {
      const response = await projectsRoute.POST(request("POST", { title: "Hi", slugPrefix: prefix }), none);
      expect(response.status, prefix).toBe(201);
      expect(((await response.json()).project as { slug: string }).slug).toMatch(new RegExp(`^${prefix}-[0-9a-z]{8}$`));
    }
    const tooLong = "a".repeat(41);
    await expectError(await projectsRoute.POST(request("POST", { title: "Hi", slugPrefix: tooLong }), none), 400, "bad_request");
  });

  test("cross-site and non-JSON mutations are refused", async () => {
    const body = { title: "csrf" };
    await expectError(await projectsRoute.POST(request("POST", body, { origin: "https://evil.example" }), none), 403, "forbidden");
    await expectError(await projectsRoute.POST(request("POST", body, { "sec-fetch-site": "cross-site" }), none), 403, "forbidden");
    // A preview origin is same-site with the app on localhost: user code there must not reach the API either.
    await expectError(await projectsRoute.POST(request("POST", body, { "sec-fetch-site": "same-site" }), none), 403, "forbidden");
    await expectError(await projectsRoute.POST(request("POST", body, { "content-type": "text/plain" }), none), 415, "unsupported_media_type");
  });

  test("over the caps is 413: a file, the file count, and the raw body", async () => {
    const bigFile = [{ path: "big.txt", content: "x".repeat(limits.fileBytes + 1) }];
    await expectError(await projectsRoute.POST(request("POST", { title: "big", files: bigFile }), none), 413, "payload_too_large");
    const many = Array.from({ length: limits.projectFiles + 1 }, (_, i) => ({ path: `f${i}.py`, content: "" }));
    await expectError(await projectsRoute.POST(request("POST", { title: "many", files: many }), none), 413, "payload_too_large");
    const huge = JSON.stringify({ title: "huge", files: [{ path: "a", content: "x".repeat(maxBodyBytes) }] });
    await expectError(await projectsRoute.POST(request("POST", huge), none), 413, "payload_too_large");
  });
});

describe("/api/projects/[id]", () => {
  test("GET returns the project with its files; unknown or malformed ids are 404", async () => {
    const project = await create("Getter", [{ path: "index.html", content: "<h1>hi</h1>" }]);
    const found = await (await projectRoute.GET(request("GET"), context(project.id))).json();
    expect(found.project.files).toEqual([{ path: "index.html", content: "<h1>hi</h1>", encoding: "utf8", size: 11 }]);
    await expectError(await projectRoute.GET(request("GET"), context(unknownId)), 404, "not_found");
    await expectError(await projectRoute.GET(request("GET"), context("not-a-uuid")), 404, "not_found");
  });

  test("PATCH renames and flips isolation, checking the revision when given", async () => {
    const project = await create("Old name");
    const renamed = await projectRoute.PATCH(request("PATCH", { title: "New name", revision: 1 }), context(project.id));
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).project).toMatchObject({ title: "New name", slug: project.slug, revision: 2 });
    const flipped = await (await projectRoute.PATCH(request("PATCH", { isolated: false }), context(project.id))).json();
    expect(flipped.project).toMatchObject({ isolated: false, revision: 3 });
    const stale = await expectError(await projectRoute.PATCH(request("PATCH", { title: "x", revision: 1 }), context(project.id)), 409, "conflict");
    expect(stale.currentRevision).toBe(3);
    await expectError(await projectRoute.PATCH(request("PATCH", {}), context(project.id)), 400, "bad_request");
    await expectError(await projectRoute.PATCH(request("PATCH", { title: "x" }), context(unknownId)), 404, "not_found");
  });

  test("DELETE removes the project; cross-site deletes are refused", async () => {
    const project = await create("Delete me");
    await expectError(await projectRoute.DELETE(request("DELETE", undefined, { origin: "https://evil.example" }), context(project.id)), 403, "forbidden");
    expect((await projectRoute.DELETE(request("DELETE"), context(project.id))).status).toBe(204);
    await expectError(await projectRoute.GET(request("GET"), context(project.id)), 404, "not_found");
    await expectError(await projectRoute.DELETE(request("DELETE"), context(project.id)), 404, "not_found");
  });
});

describe("PUT /api/projects/[id]/files", () => {
  test("replaces the files and bumps the revision; a stale revision is 409 with the current one", async () => {
    const project = await create("Files", [{ path: "a.py", content: "a" }]);
    const files = [{ path: "b.py", content: "b" }, { path: "c.bin", content: "AAE=", encoding: "base64" }];
    const saved = await filesRoute.PUT(request("PUT", { revision: 1, files }), context(project.id));
    expect(saved.status).toBe(200);
    expect((await saved.json()).project.revision).toBe(2);
    const stale = await expectError(await filesRoute.PUT(request("PUT", { revision: 1, files: [] }), context(project.id)), 409, "conflict");
    expect(stale.currentRevision).toBe(2);
    const found = await (await projectRoute.GET(request("GET"), context(project.id))).json();
    expect(found.project.files.map((f: { path: string }) => f.path)).toEqual(["b.py", "c.bin"]);
  });

  test("mistakes are 4xx: no revision, unknown project, oversized file", async () => {
    const project = await create("Files 2");
    await expectError(await filesRoute.PUT(request("PUT", { files: [] }), context(project.id)), 400, "bad_request");
    await expectError(await filesRoute.PUT(request("PUT", { revision: 1, files: [] }), context(unknownId)), 404, "not_found");
    const big = [{ path: "big.txt", content: "x".repeat(limits.fileBytes + 1) }];
    await expectError(await filesRoute.PUT(request("PUT", { revision: 1, files: big }), context(project.id)), 413, "payload_too_large");
  });
});

describe("PATCH /api/projects/[id]/files", () => {
  test("merges a save of other files and answers the summary with the new revision", async () => {
    const project = await create("Merge", [{ path: "a.py", content: "a" }, { path: "b.py", content: "b" }]);
    const first = await filesRoute.PATCH(request("PATCH", { baseRevision: 1, upserts: [{ path: "a.py", content: "a2", encoding: "utf8" }], deletes: [] }), context(project.id));
    expect(first.status).toBe(200);
    const second = await filesRoute.PATCH(request("PATCH", { baseRevision: 1, upserts: [], deletes: ["b.py"] }), context(project.id));
    expect(second.status).toBe(200);
    const body = await second.json();
    expect(body).toMatchObject({ revision: 3, project: { id: project.id, slug: project.slug, revision: 3 } });
    const found = await (await projectRoute.GET(request("GET"), context(project.id))).json();
    expect(found.project.files.map((f: { path: string; content: string }) => [f.path, f.content])).toEqual([["a.py", "a2"]]);
  });

  test("a save touching a file changed since its base is 409 with the files and the current revision", async () => {
    const project = await create("Clash", [{ path: "a.py", content: "a" }]);
    const edit = (content: string) => ({ baseRevision: 1, upserts: [{ path: "a.py", content, encoding: "utf8" }], deletes: [] });
    expect((await filesRoute.PATCH(request("PATCH", edit("one")), context(project.id))).status).toBe(200);
    const error = await expectError(await filesRoute.PATCH(request("PATCH", edit("two")), context(project.id)), 409, "conflict");
    expect(error).toMatchObject({ files: ["a.py"], revision: 2 });
  });

  test("mistakes are 4xx: empty save, a path twice, a bad path, no base, unknown project, cross-site", async () => {
    const project = await create("Patch mistakes", [{ path: "a.py", content: "a" }]);
    const patch = (body: unknown, id = project.id, headers?: Record<string, string>) =>
      filesRoute.PATCH(request("PATCH", body, headers), context(id));
    const upsert = { path: "a.py", content: "x", encoding: "utf8" };
    await expectError(await patch({ baseRevision: 1, upserts: [], deletes: [] }), 400, "bad_request");
    await expectError(await patch({ baseRevision: 1, upserts: [upsert], deletes: ["a.py"] }), 400, "bad_request");
    await expectError(await patch({ baseRevision: 1, upserts: [], deletes: ["../a.py"] }), 400, "bad_request");
    const manyDeletes = Array.from({ length: limits.projectFiles + 1 }, (_, i) => `gone-${i}.py`);
    await expectError(await patch({ baseRevision: 1, upserts: [], deletes: manyDeletes }), 413, "payload_too_large");
    await expectError(await patch({ upserts: [upsert], deletes: [] }), 400, "bad_request");
    await expectError(await patch({ baseRevision: 1, upserts: [upsert], deletes: [] }, unknownId), 404, "not_found");
    const big = { path: "big.txt", content: "x".repeat(limits.fileBytes + 1), encoding: "utf8" };
    await expectError(await patch({ baseRevision: 1, upserts: [big], deletes: [] }), 413, "payload_too_large");
    await expectError(await patch({ baseRevision: 1, upserts: [upsert], deletes: [] }, project.id, { origin: "https://evil.example" }), 403, "forbidden");
  });
});
