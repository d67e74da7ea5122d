import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { loadConfig } from "@/lib/config";
import { getDb } from "@/lib/server/db";
import { hashBytes } from "@/lib/server/projects/blobs";
import { signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";
import { openTestDatabase } from "@/test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "@/test/support/test-databases";
import { zipOf } from "@/test/support/zip-files";
import * as filesRoute from "./[id]/files/route";
import * as forkRoute from "./[id]/fork/route";
import * as projectRoute from "./[id]/route";
import * as versionsRoute from "./[id]/versions/route";
import * as importRoute from "./import/route";
import * as projectsRoute from "./route";

const appOrigin = loadConfig().appOrigin;
const none = { params: Promise.resolve({}) };
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const KB = 1024;

type Project = { id: string; slug: string; revision: number };
type ErrorBody = { error: { code: string; message: string } & Record<string, unknown> };

/** A file of `kilobytes` random bytes: content no other file shares, so it counts in full. */
function randomFile(path: string, kilobytes: number): { path: string; content: string; encoding: "base64"; bytes: Buffer } {
  const bytes = randomBytes(kilobytes * KB);
  return { path, content: bytes.toString("base64"), encoding: "base64", bytes };
}

const wire = ({ path, content, encoding }: { path: string; content: string; encoding: "base64" | "utf8" }) => ({ path, content, encoding });

/**
 * The per-account quotas through the real routes, with real sessions, on one kind of database: 3 projects
 * and 16 KB per account here (set in the environment before the first write reads them).
 */
export function describeQuotas(kind: DatabaseKind): void {
  describe(`per-account quotas on ${kind}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      vi.stubEnv("USER_PROJECT_LIMIT", "3");
      vi.stubEnv("USER_STORAGE_LIMIT", "16KB");
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database?.close();
      vi.unstubAllEnvs();
    });

    function request(user: TestUser, method: string, body?: unknown): Request {
      return new Request(`${appOrigin}/api/projects`, {
        method,
        headers: { "content-type": "application/json", origin: appOrigin, "sec-fetch-site": "same-origin", cookie: user.cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    }
    const post = (user: TestUser, body: unknown) => projectsRoute.POST(request(user, "POST", body), none);
    async function create(user: TestUser, files: unknown[] = [], visibility = "unlisted"): Promise<Project> {
      const response = await post(user, { title: "Quota", visibility, files });
      expect(response.status).toBe(201);
      return ((await response.json()) as { project: Project }).project;
    }
    const save = (user: TestUser, project: Project, upserts: unknown[], deletes: string[] = [], baseRevision = project.revision) =>
      filesRoute.PATCH(request(user, "PATCH", { baseRevision, upserts, deletes }), context(project.id));
    const replaceAll = (user: TestUser, project: Project, files: unknown[]) =>
      filesRoute.PUT(request(user, "PUT", { revision: project.revision, files }), context(project.id));
    const fork = (user: TestUser, project: Project) => forkRoute.POST(request(user, "POST", {}), context(project.id));
    const importZip = (user: TestUser, zip: Uint8Array) =>
      importRoute.POST(
        new Request(`${appOrigin}/api/projects/import?title=Imported`, {
          method: "POST",
          headers: { "content-type": "application/zip", origin: appOrigin, "sec-fetch-site": "same-origin", cookie: user.cookie },
          body: zip as BodyInit,
        }),
        none,
      );
    const ownProjects = async (user: TestUser) =>
      ((await (await projectsRoute.GET(request(user, "GET"), none)).json()) as { projects: { id: string; forkCount: number }[] }).projects;
    const read = async (user: TestUser, project: Project) =>
      ((await (await projectRoute.GET(request(user, "GET"), context(project.id))).json()) as {
        project: { revision: number; files: { path: string; size: number }[] };
      }).project;
    async function quotaError(response: Response): Promise<ErrorBody["error"]> {
      expect(response.status).toBe(403);
      const { error } = (await response.json()) as ErrorBody;
      expect(error.code).toBe("quota_exceeded");
      return error;
    }
    const storedBlobs = (hashes: string[]) => getDb().blob.count({ where: { hash: { in: hashes } } });

    test("at the project limit, creating (blank, from a template, from a zip) and forking are 403s that say the count and the limit, and make nothing", async () => {
      const me = await signUpTestUser("Full");
      const other = await signUpTestUser("Other");
      const shared = await create(other, [{ path: "main.py", content: "print('hi')" }], "public");
      for (let i = 0; i < 3; i++) await create(me);

      const message = "You have 3 projects, the limit is 3: delete one to create another.";
      expect(await quotaError(await post(me, { title: "Blank" }))).toMatchObject({ message, quota: "projects", limit: 3, used: 3 });
      expect((await quotaError(await post(me, { title: "From a template", template: "blank" }))).message).toBe(message);
      expect((await quotaError(await importZip(me, zipOf([{ name: "main.py", content: "x = 1" }])))).message).toBe(message);
      expect((await quotaError(await fork(me, shared))).message).toBe(message);

      const mine = await ownProjects(me);
      expect(mine).toHaveLength(3);
      expect((await ownProjects(other)).find((project) => project.id === shared.id)?.forkCount).toBe(0);

      // Deleting one makes room for exactly one.
      expect((await projectRoute.DELETE(request(me, "DELETE"), context(mine[0]!.id))).status).toBe(204);
      expect((await fork(me, shared)).status).toBe(201);
      await quotaError(await post(me, { title: "One too many" }));
    });

    test("five creates at once with room for one: exactly one is made", async () => {
      const me = await signUpTestUser("Racer");
      await create(me);
      await create(me);
      const statuses = await Promise.all(Array.from({ length: 5 }, (_, i) => post(me, { title: `Race ${i}` }).then((response) => response.status)));
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 403)).toHaveLength(4);
      expect(await ownProjects(me)).toHaveLength(3);
    });

    test("a save, a whole-list replace, a create, an import and a fork that would pass the storage limit are 403s that say the use and the limit, and write nothing", async () => {
      const me = await signUpTestUser("Storer");
      const other = await signUpTestUser("Sharer");
      const big = randomFile("big.bin", 10);
      const project = await create(me, [wire(big)]);
      const extra = randomFile("extra.bin", 7);
      const theirs = await create(other, [wire(extra)], "public");

      const refused = await quotaError(await save(me, project, [wire(extra)]));
      expect(refused.message).toBe(
        "Your projects store 10 KB, the limit is 16 KB, and this would make it 17 KB: delete files or projects (published versions count too) to make room.",
      );
      expect(refused).toMatchObject({ quota: "storage", limit: 16 * KB, used: 10 * KB, wouldUse: 17 * KB });
      await quotaError(await replaceAll(me, project, [wire(big), wire(extra)]));
      await quotaError(await post(me, { title: "More", files: [wire(extra)] }));
      const mine = randomFile("mine.bin", 7);
      await quotaError(await importZip(me, zipOf([{ name: "mine.bin", content: mine.bytes }])));
      await quotaError(await fork(me, theirs));

      expect(await read(me, project)).toMatchObject({ revision: project.revision, files: [{ path: "big.bin", size: 10 * KB }] });
      expect(await ownProjects(me)).toHaveLength(1);
      expect(await storedBlobs([hashBytes(mine.bytes)])).toBe(0);

      // What the account already holds costs nothing again: a fork of its own project, a copy of the same bytes.
      expect((await fork(me, project)).status).toBe(201);
      expect((await save(me, project, [{ ...wire(big), path: "copy.bin" }])).status).toBe(200);
    });

    test("two saves at once into two projects with room for one: exactly one is written", async () => {
      const me = await signUpTestUser("Saver");
      const one = await create(me, [wire(randomFile("a.bin", 6))]);
      const two = await create(me, [wire(randomFile("b.bin", 1))]);
      const [first, second] = await Promise.all([save(me, one, [wire(randomFile("c.bin", 6))]), save(me, two, [wire(randomFile("d.bin", 6))])]);
      expect([first.status, second.status].sort()).toEqual([200, 403]);
      const files = [...(await read(me, one)).files, ...(await read(me, two)).files];
      expect(files.reduce((total, file) => total + file.size, 0)).toBe(13 * KB);
    });

    test("replacing a file with a smaller one frees the difference; a published version keeps its bytes counted", async () => {
      const me = await signUpTestUser("Replacer");
      let project = await create(me, [wire(randomFile("data.bin", 12))]);
      const revisionOf = async (response: Response) => ((await response.json()) as { revision: number }).revision;
      const saved = await save(me, project, [wire(randomFile("data.bin", 2))]);
      expect(saved.status).toBe(200);
      project = { ...project, revision: await revisionOf(saved) };
      // 2 KB + 12 KB fits only because the 12 KB it replaced are gone.
      const more = await save(me, project, [wire(randomFile("more.bin", 12))]);
      expect(more.status).toBe(200);
      project = { ...project, revision: await revisionOf(more) };

      expect((await versionsRoute.POST(request(me, "POST", {}), context(project.id))).status).toBe(201);
      const shrunk = await save(me, project, [wire(randomFile("more.bin", 1))]);
      expect(shrunk.status).toBe(200);
      project = { ...project, revision: await revisionOf(shrunk) };
      // Version 1 still holds the 12 KB: 2 + 12 + 1 KB stored, so 2 KB more is over 16 KB.
      expect((await quotaError(await save(me, project, [wire(randomFile("late.bin", 2))]))).message).toMatch(/store 15 KB.*would make it 17 KB/);
    });

    test("an account over its limit (set lower since it filled up) may still save changes that free bytes, not ones that add", async () => {
      const me = await signUpTestUser("Over");
      const project = await create(me, [wire(randomFile("a.bin", 8))]);
      // Bytes written past the check, as an account filled under a higher limit would hold them.
      const past = new Uint8Array(randomBytes(12 * KB));
      const hash = hashBytes(past);
      await getDb().blob.create({ data: { hash, content: past, size: past.byteLength } });
      await getDb().file.create({ data: { projectId: project.id, path: "old.bin", hash, size: past.byteLength, revision: 1 } });

      await quotaError(await save(me, project, [wire(randomFile("new.bin", 1))]));
      // 20 KB down to 18 KB: still over 16 KB, but smaller.
      const freed = await save(me, project, [wire(randomFile("a.bin", 6))]);
      expect(freed.status).toBe(200);
      expect((await read(me, project)).files.map((file) => file.size)).toEqual([6 * KB, 12 * KB]);
    });
  });
}
