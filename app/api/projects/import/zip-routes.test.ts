import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { limits, loadConfig } from "@/lib/config";
import { maxBodyBytes } from "@/lib/server/http/read-body";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import { openTestDatabase } from "@/test/support/test-databases";
import type { TestDatabase } from "@/test/support/test-databases";
import { zeroBomb, zipOf } from "@/test/support/zip-files";
import * as projectRoute from "../[id]/route";
import * as filesRoute from "../[id]/files/route";
import * as versionsRoute from "../[id]/versions/route";
import * as zipRoute from "../[id]/zip/route";
import * as projectsRoute from "../route";
import * as importRoute from "./route";

const appOrigin = loadConfig().appOrigin;
const none = { params: Promise.resolve({}) };
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]);

let database: TestDatabase;
let owner: TestUser;
let stranger: TestUser;
beforeAll(async () => {
  database = await openTestDatabase("pg");
  owner = await signUpTestUser();
  stranger = await signUpTestUser("Stranger");
});
afterAll(() => database?.close());

const headers = (user: TestUser | null, extra: Record<string, string> = {}) => ({
  origin: appOrigin,
  "sec-fetch-site": "same-origin",
  cookie: user?.cookie ?? "",
  ...extra,
});

function importZip(zip: Uint8Array | string, { user = owner, title = "Imported", type = "application/zip" }: { user?: TestUser | null; title?: string; type?: string } = {}) {
  const request = new Request(`${appOrigin}/api/projects/import?title=${encodeURIComponent(title)}`, {
    method: "POST",
    headers: headers(user, { "content-type": type }),
    body: zip as BodyInit,
  });
  return importRoute.POST(request, none);
}

function downloadZip(id: string, query = "", user: TestUser | null = owner) {
  return zipRoute.GET(new Request(`${appOrigin}/api/projects/${id}/zip${query}`, { headers: headers(user) }), context(id));
}

async function errorOf(response: Response, status: number): Promise<string> {
  expect(response.status).toBe(status);
  return ((await response.json()) as { error: { message: string } }).error.message;
}

async function createProject(files: unknown[], visibility = "unlisted") {
  const response = await projectsRoute.POST(
    new Request(`${appOrigin}/api/projects`, {
      method: "POST",
      headers: headers(owner, { "content-type": "application/json" }),
      body: JSON.stringify({ title: "Zip me", visibility, files }),
    }),
    none,
  );
  expect(response.status).toBe(201);
  return (await response.json()).project as { id: string; slug: string; revision: number };
}

function ownerPost(route: typeof versionsRoute.POST, id: string, path: string, method: string, body: unknown) {
  const request = new Request(`${appOrigin}/api/projects/${id}/${path}`, {
    method,
    headers: headers(owner, { "content-type": "application/json" }),
    body: JSON.stringify(body),
  });
  return route(request, context(id));
}

describe("GET /api/projects/:id/zip", () => {
  test("answers the draft as a zip attachment named after the address, every file under one folder", async () => {
    const project = await createProject([
      { path: "main.py", content: "print('hi')\n" },
      { path: "img/logo.png", content: png.toString("base64"), encoding: "base64" },
    ]);
    const response = await downloadZip(project.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${project.slug}.zip"`);
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual([`${project.slug}/img/logo.png`, `${project.slug}/main.py`]);
    expect(Buffer.from(entries[`${project.slug}/img/logo.png`]!).equals(png)).toBe(true);
  });

  test("?v=N answers version N as it was published, named <slug>-vN; an unknown version is 404", async () => {
    const project = await createProject([{ path: "main.py", content: "print('v1')" }]);
    expect((await ownerPost(versionsRoute.POST, project.id, "versions", "POST", { message: "first" })).status).toBe(201);
    const saved = await ownerPost(filesRoute.PUT, project.id, "files", "PUT", { revision: project.revision, files: [{ path: "main.py", content: "print('draft')" }, { path: "new.py", content: "" }] });
    expect(saved.status).toBe(200);
    const response = await downloadZip(project.id, "?v=1", stranger);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${project.slug}-v1.zip"`);
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(entries)).toEqual([`${project.slug}-v1/main.py`]);
    expect(new TextDecoder().decode(entries[`${project.slug}-v1/main.py`])).toBe("print('v1')");
    const draft = unzipSync(new Uint8Array(await (await downloadZip(project.id)).arrayBuffer()));
    expect(Object.keys(draft).sort()).toEqual([`${project.slug}/main.py`, `${project.slug}/new.py`]);
    await errorOf(await downloadZip(project.id, "?v=9"), 404);
  });

  test("follows read access: a stranger gets an unlisted project, a private one is 404 to them; a bad ?v is 400", async () => {
    const unlisted = await createProject([{ path: "a.py", content: "1" }]);
    expect((await downloadZip(unlisted.id, "", stranger)).status).toBe(200);
    expect((await downloadZip(unlisted.id, "", null)).status).toBe(200);
    const hidden = await createProject([{ path: "a.py", content: "1" }], "private");
    await errorOf(await downloadZip(hidden.id, "", stranger), 404);
    await errorOf(await downloadZip(hidden.id, "", null), 404);
    expect(await errorOf(await downloadZip(unlisted.id, "?v=abc"), 400)).toMatch(/version number/);
    expect(await errorOf(await downloadZip(unlisted.id, "?v=0"), 400)).toMatch(/version number/);
  });
});

describe("POST /api/projects/import", () => {
  test("a downloaded zip imports as a new project of the caller with the same files and bytes", async () => {
    const source = await createProject([
      { path: "index.html", content: "<h1>hi</h1>" },
      { path: "pkg/mod.py", content: "X = 'é'\n" },
      { path: "img/logo.png", content: png.toString("base64"), encoding: "base64" },
    ]);
    const zip = new Uint8Array(await (await downloadZip(source.id, "", stranger)).arrayBuffer());
    const response = await importZip(zip, { user: stranger, title: "My copy" });
    expect(response.status).toBe(201);
    const { project } = await response.json();
    expect(project).toMatchObject({ title: "My copy", editable: true });
    const original = (await (await projectRoute.GET(new Request(`${appOrigin}/api/projects/${source.id}`, { headers: headers(owner) }), context(source.id))).json()).project;
    const strip = (files: { path: string; content: string; encoding: string }[]) => files.map(({ path, content, encoding }) => ({ path, content, encoding }));
    expect(strip(project.files)).toEqual(strip(original.files));
  });

  test("needs a signed-in person, a zip content type and a sane title", async () => {
    const zip = zipOf([{ name: "a.py", content: "1" }]);
    await errorOf(await importZip(zip, { user: null }), 401);
    expect(await errorOf(await importZip(zip, { type: "application/json" }), 415)).toMatch(/application\/zip/);
    expect(await errorOf(await importZip(zip, { title: "x".repeat(limits.titleLength + 1) }), 400)).toMatch(/title/);
    const response = await importZip(zip, { type: "application/x-zip-compressed" });
    expect(response.status).toBe(201);
  });

  test("a zip-slip entry is a 400 naming it, and no project is made", async () => {
    const before = (await (await projectsRoute.GET(new Request(`${appOrigin}/api/projects`, { headers: headers(owner) }), none)).json()).projects.length;
    const message = await errorOf(await importZip(zipOf([{ name: "ok.py", content: "" }, { name: "../../etc/cron.d/evil", content: "x" }])), 400);
    expect(message).toContain('"../../etc/cron.d/evil"');
    const after = (await (await projectsRoute.GET(new Request(`${appOrigin}/api/projects`, { headers: headers(owner) }), none)).json()).projects.length;
    expect(after).toBe(before);
  });

  test("a 1 GB zip bomb is 413 naming the entry; a body over the cap is 413; not a zip is 400", async () => {
    const bomb = await errorOf(await importZip(zeroBomb([{ name: "zeros.bin", megabytes: 1024 }])), 413);
    expect(bomb).toBe(`The zip entry "zeros.bin" is larger than ${limits.fileBytes} bytes.`);
    const huge = new Uint8Array(maxBodyBytes + 1);
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await errorOf(await importZip(huge), 413)).toBe(`The zip file is larger than ${maxBodyBytes} bytes.`);
    expect(await errorOf(await importZip("hello"), 400)).toBe("The upload is not a zip file.");
  });
});
