import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "@/lib/config";
import type { ProjectId } from "@/lib/ids";
import { getDb } from "@/lib/server/db";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import { openTestDatabase } from "@/test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "@/test/support/test-databases";
import * as projectsRoute from "../../route";
import * as filesRoute from "../files/route";
import * as projectRoute from "../route";
import * as versionRoute from "./[n]/route";
import * as restoreRoute from "./[n]/restore/route";
import * as versionsRoute from "./route";

const appOrigin = loadConfig().appOrigin;
const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

type Project = { id: ProjectId; revision: number };
type Version = { number: number; message: string | null; authorName: string; createdAt: string; fileCount: number };
type Params = Record<string, string>;

function request(method: string, cookie: string, body?: unknown): Request {
  return new Request(`${appOrigin}/api/projects`, {
    method,
    headers: { "content-type": "application/json", origin: appOrigin, "sec-fetch-site": "same-origin", cookie },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}
const context = (params: Params) => ({ params: Promise.resolve(params) });

/** Publishing, reading and restoring versions through the real routes, with real sessions, on one database kind. */
export function describeVersionRoutes(kind: DatabaseKind): void {
  describe(`versions on ${kind}`, () => {
    let database: TestDatabase;
    let owner: TestUser;
    let other: TestUser;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      owner = await signUpTestUser("Ada Owner");
      other = await signUpTestUser("Other");
    });
    afterAll(() => database?.close());

    async function create(files = [text("main.py", "v = 1")], visibility = "unlisted"): Promise<Project> {
      const response = await projectsRoute.POST(request("POST", owner.cookie, { title: "Versioned", visibility, files }), context({}));
      expect(response.status).toBe(201);
      return (await response.json()).project;
    }
    const publish = (id: string, body: unknown = {}, cookie = owner.cookie) => versionsRoute.POST(request("POST", cookie, body), context({ id }));
    const list = (id: string, cookie = owner.cookie) => versionsRoute.GET(request("GET", cookie), context({ id }));
    const readVersion = (id: string, n: string, cookie = owner.cookie) => versionRoute.GET(request("GET", cookie), context({ id, n }));
    const restore = (id: string, n: string, revision: number, cookie = owner.cookie) =>
      restoreRoute.POST(request("POST", cookie, { revision }), context({ id, n }));
    const replaceFiles = (id: string, revision: number, files: ReturnType<typeof text>[]) =>
      filesRoute.PUT(request("PUT", owner.cookie, { revision, files }), context({ id }));
    const draft = async (id: string) => (await (await projectRoute.GET(request("GET", owner.cookie), context({ id }))).json()).project;
    const contents = (files: { path: string; content: string }[]) => Object.fromEntries(files.map((file) => [file.path, file.content]));

    test("publish numbers versions 1, 2, … and records who, when and why; the list is newest first", async () => {
      const project = await create();
      const before = Date.now();
      const first = await publish(project.id, { message: "  First cut  " });
      expect(first.status).toBe(201);
      const { version } = (await first.json()) as { version: Version };
      expect(version).toMatchObject({ number: 1, message: "First cut", authorName: "Ada Owner", fileCount: 1 });
      expect(Date.parse(version.createdAt)).toBeGreaterThanOrEqual(before - 5_000);
      const second = (await (await publish(project.id)).json()).version as Version;
      expect(second).toMatchObject({ number: 2, message: null });
      const listed = (await (await list(project.id)).json()).versions as Version[];
      expect(listed.map((v) => v.number)).toEqual([2, 1]);
      // Publishing changes no file, so an editor that loaded the draft can still save against its revision.
      expect((await draft(project.id)).revision).toBe(project.revision);
    });

    test("concurrent publishes of one project get distinct, consecutive numbers", async () => {
      const project = await create();
      const responses = await Promise.all(Array.from({ length: 6 }, () => publish(project.id)));
      expect(responses.map((r) => r.status)).toEqual(Array(6).fill(201));
      const numbers = await Promise.all(responses.map(async (r) => ((await r.json()).version as Version).number));
      expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    });

    test("a message over 500 characters is a 400 that says so, and publishes nothing", async () => {
      const project = await create();
      const response = await publish(project.id, { message: "x".repeat(501) });
      expect(response.status).toBe(400);
      expect((await response.json()).error.message).toContain("at most 500 characters");
      expect((await (await list(project.id)).json()).versions).toEqual([]);
      expect((await publish(project.id, { message: "x".repeat(500) })).status).toBe(201);
    });

    test("a version keeps its files when the draft changes afterwards", async () => {
      const project = await create([text("main.py", "v = 1"), text("util.py", "u = 1")]);
      await publish(project.id);
      expect((await replaceFiles(project.id, project.revision, [text("main.py", "v = 2"), text("new.py", "n")])).status).toBe(200);
      const one = (await (await readVersion(project.id, "1")).json()).version;
      expect(one).toMatchObject({ number: 1, fileCount: 2 });
      expect(contents(one.files)).toEqual({ "main.py": "v = 1", "util.py": "u = 1" });
      await publish(project.id);
      const two = (await (await readVersion(project.id, "2")).json()).version;
      expect(contents(two.files)).toEqual({ "main.py": "v = 2", "new.py": "n" });
    });

    test("a missing or malformed version number is a 404 with a message, never a 500", async () => {
      const project = await create();
      await publish(project.id);
      for (const n of ["2", "0", "-1", "1.5", "abc", "01", "99999999999999999999"]) {
        const response = await readVersion(project.id, n);
        expect(response.status, n).toBe(404);
        const { error } = await response.json();
        expect(error.code).toBe("not_found");
        expect(error.message).toMatch(/version/);
      }
      expect((await (await readVersion(project.id, "2")).json()).error.message).toBe("This project has no version 2.");
      expect((await restore(project.id, "7", project.revision)).status).toBe(404);
    });

    test("restore writes the version into the draft as a new revision, deleting what it lacks; versions stay", async () => {
      const project = await create([text("main.py", "v = 1"), text("gone.py", "g")]);
      await publish(project.id);
      const edited = (await (await replaceFiles(project.id, project.revision, [text("main.py", "v = 2"), text("extra.py", "e")])).json()).project;
      const response = await restore(project.id, "1", edited.revision);
      expect(response.status).toBe(200);
      const { project: restored } = await response.json();
      expect(restored.revision).toBe(edited.revision + 1);
      expect(contents(restored.files)).toEqual({ "gone.py": "g", "main.py": "v = 1" });
      expect(contents((await draft(project.id)).files)).toEqual({ "gone.py": "g", "main.py": "v = 1" });
      expect(((await (await list(project.id)).json()).versions as Version[]).map((v) => v.number)).toEqual([1]);
    });

    test("restore from a stale revision is a 409 and changes nothing", async () => {
      const project = await create();
      await publish(project.id);
      const edited = (await (await replaceFiles(project.id, project.revision, [text("main.py", "v = 2")])).json()).project;
      const response = await restore(project.id, "1", project.revision);
      expect(response.status).toBe(409);
      expect((await response.json()).error).toMatchObject({ code: "conflict", currentRevision: edited.revision });
      const current = await draft(project.id);
      expect(current.revision).toBe(edited.revision);
      expect(contents(current.files)).toEqual({ "main.py": "v = 2" });
    });

    test("a merging save from before the restore conflicts on the files the restore changed, and only on those", async () => {
      const project = await create([text("a.py", "a1"), text("b.py", "b1")]);
      await publish(project.id);
      const edited = (await (await replaceFiles(project.id, project.revision, [text("a.py", "a2"), text("b.py", "b1")])).json()).project;
      await restore(project.id, "1", edited.revision);
      const save = (path: string) =>
        filesRoute.PATCH(request("PATCH", owner.cookie, { baseRevision: edited.revision, upserts: [text(path, "tab")], deletes: [] }), context({ id: project.id }));
      expect((await save("a.py")).status).toBe(409);
      expect((await save("b.py")).status).toBe(200);
    });

    const refusals = [
      { who: "another user", visibility: "public", status: 403 },
      { who: "another user", visibility: "unlisted", status: 403 },
      { who: "another user", visibility: "private", status: 404 },
      { who: "signed out", visibility: "public", status: 401 },
      { who: "signed out", visibility: "private", status: 404 },
    ] as const;

    test.each(refusals)("$who may not publish or restore a $visibility project: $status", async ({ who, visibility, status }) => {
      const project = await create([text("main.py", "v = 1")], visibility);
      await publish(project.id);
      await replaceFiles(project.id, project.revision, [text("main.py", "v = 2")]);
      const cookie = who === "another user" ? other.cookie : "";
      expect((await publish(project.id, {}, cookie)).status).toBe(status);
      const restored = await restore(project.id, "1", project.revision + 1, cookie);
      expect(restored.status).toBe(status);
      if (status === 404) expect((await restored.json()).error.message).toBe("No such project.");
      // Nothing changed: still one version, and the draft as the owner left it.
      expect(((await (await list(project.id)).json()).versions as Version[]).length).toBe(1);
      expect(contents((await draft(project.id)).files)).toEqual({ "main.py": "v = 2" });
      // Reading follows the project's visibility: a shared project's versions are readable, a private one's are not.
      const readStatus = visibility === "private" ? 404 : 200;
      expect((await list(project.id, cookie)).status).toBe(readStatus);
      expect((await readVersion(project.id, "1", cookie)).status).toBe(readStatus);
    });

    test("a version keeps its author's name after the author's account is gone", async () => {
      const project = await create();
      const author = await getDb().user.create({ data: { email: `gone-${project.id}@example.test`, name: "Gone Author" } });
      await getDb().version.create({ data: { projectId: project.id, number: 1, authorId: author.id, authorName: author.name } });
      await getDb().user.delete({ where: { id: author.id } });
      const row = await getDb().version.findFirstOrThrow({ where: { projectId: project.id } });
      expect(row).toMatchObject({ authorId: null, authorName: "Gone Author" });
      expect(((await (await list(project.id)).json()).versions as Version[])[0]).toMatchObject({ authorName: "Gone Author" });
    });
  });
}
