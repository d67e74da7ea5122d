import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { hashBytes } from "../projects/blobs";
import { createProject, getProject, updateProjectFiles, updateProjectSettings } from "../projects/queries";
import type { ProjectWithFiles } from "../projects/queries";
import { publishVersion } from "../projects/versions";
import { createTestActor } from "../../../test/support/accounts";
import { previewGet, startPreviewServer } from "../../../test/support/preview/preview-server";
import type { PreviewServer } from "../../../test/support/preview/preview-server";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "../../../test/support/test-databases";
import { builtinFile } from "./builtins";
import { previewCacheHolds, previewCacheStatus, stopPreviewSource } from "./lookup";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });
const immutable = "public, max-age=31536000, immutable";

/** `/v/<n>/` and `/latest/` on the preview origin, against one kind of real database. */
export function describeVersionServing(kind: DatabaseKind): void {
  describe(`version serving on ${kind}`, () => {
    let database: TestDatabase;
    let server: PreviewServer;
    let me: Actor;
    let project: ProjectWithFiles;
    const get = async (path: string, headers: Record<string, string> = {}, slug: string = project.slug) => previewGet(server, slug, path, { headers });
    const body = async (path: string, slug: string = project.slug) => (await get(path, {}, slug)).body.toString();
    const setDraft = async (files: ReturnType<typeof text>[]) => {
      const { revision } = await getProject(me, project.id);
      await updateProjectFiles(me, project.id, revision, files);
    };

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      me = await createTestActor("Publisher");
      server = await startPreviewServer(database);
      project = await createProject(me, {
        title: "Shop",
        files: [text("index.html", "<p>one</p>"), text("main.py", "print(1)"), text("dir/index.html", "dir one"), text("app/sw.js", "// app worker")],
      });
    });

    afterAll(async () => {
      await server?.close();
      await stopPreviewSource();
      await database?.close();
    });

    it("/latest/ answers 404 until the first publish, then serves it", async () => {
      const before = await get("/latest/");
      // The cache starts with the first request and stores only once its change feed is live; later tests
      // rely on entries being cached.
      await expect.poll(() => previewCacheStatus().live).toBe(true);
      expect(before.status).toBe(404);
      expect(before.body.toString()).toContain("has no published version yet");
      expect(before.headers["cache-control"]).toBe("no-cache");
      await publishVersion(me, project.id, { message: "first" });
      expect(await body("/latest/")).toBe("<p>one</p>");
    });

    it("/v/1/ keeps serving the published bytes, immutable, after the draft changes", async () => {
      const first = await get("/v/1/");
      expect(first.status).toBe(200);
      expect(first.body.toString()).toBe("<p>one</p>");
      expect(first.headers["cache-control"]).toBe(immutable);
      expect((await get("/v/1/main.py")).headers["cache-control"]).toBe(immutable);
      await setDraft([text("index.html", "<p>two</p>"), text("main.py", "print(2)")]);
      expect(await body("/")).toBe("<p>two</p>");
      expect((await get("/")).headers["cache-control"]).toBe("no-cache");
      expect(await body("/v/1/")).toBe("<p>one</p>");
      expect(await body("/v/1/main.py")).toBe("print(1)");
      expect(await body("/latest/main.py")).toBe("print(1)");
    });

    it("/latest/ follows a publish at once, even with the old version cached", async () => {
      expect(await body("/latest/")).toBe("<p>one</p>");
      expect(await body("/latest/")).toBe("<p>one</p>");
      expect(previewCacheHolds(project.slug, "latest/index.html")).toBe(true);
      await publishVersion(me, project.id, {});
      const latest = await get("/latest/");
      expect(latest.body.toString()).toBe("<p>two</p>");
      expect(latest.headers["cache-control"]).toBe("no-cache");
      expect(await body("/v/1/")).toBe("<p>one</p>");
      expect(await body("/v/2/")).toBe("<p>two</p>");
    });

    it("another instance's publish reaches this instance's cache through NOTIFY", async () => {
      const three = await publishVersion(me, project.id, {});
      expect(await body("/latest/main.py")).toBe("print(2)");
      // Written straight to the database, as another app instance would: nothing in this process hears of it
      // except the change feed.
      await getDb().version.create({
        data: {
          projectId: project.id,
          number: three.number + 1,
          authorName: "Elsewhere",
          files: { create: [{ path: "main.py", blob: { create: { hash: hashBytes(Buffer.from("print('elsewhere')")), content: Buffer.from("print('elsewhere')"), size: 18 } } }] },
        },
      });
      await expect.poll(() => body("/latest/main.py")).toBe("print('elsewhere')");
    });

    it("a version or file that does not exist is a 404 that says which, and is not cached", async () => {
      const missing = await get("/v/99/");
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain("has no version 99");
      expect(missing.headers["cache-control"]).toBe("no-cache");
      for (const path of ["/v/abc/", "/v/0/", "/v/01/", "/v/", "/v"]) {
        const res = await get(path);
        expect(res.status, path).toBe(404);
        expect(res.body.toString(), path).toMatch(/[Vv]ersion/);
      }
      const noFile = await get("/v/1/nope.py");
      expect(noFile.status).toBe(404);
      expect(noFile.body.toString()).toContain("/v/1/nope.py");
      expect((await get("/v/1/", {}, "no-such-project")).status).toBe(404);
    });

    it("redirects /v/1 to /v/1/, /latest to /latest/, and a version's folder to its slash, keeping the query", async () => {
      for (const [from, to] of [
        ["/v/1", "/v/1/"],
        ["/v/1?x=1", "/v/1/?x=1"],
        ["/latest", "/latest/"],
        ["/v/1/dir", "/v/1/dir/"],
      ]) {
        const res = await get(from!);
        expect(res.status, from).toBe(308);
        expect(res.headers.location, from).toBe(to);
      }
      expect(await body("/v/1/dir/")).toBe("dir one");
    });

    it("answers the built-in /sw.js and /mini-coi.js under /v/<n>/ and /latest/, revalidated", async () => {
      for (const prefix of ["/v/1/", "/latest/"]) {
        for (const name of ["sw.js", "mini-coi.js"]) {
          const res = await get(`${prefix}${name}`);
          expect(res.status).toBe(200);
          expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
          expect(res.body.toString()).toBe(String(builtinFile(name)?.body));
          expect(res.headers["cache-control"]).toBe("no-cache");
        }
      }
    });

    it("sends the project's isolation headers on versions too", async () => {
      expect((await get("/v/1/")).headers["cross-origin-embedder-policy"]).toBe("require-corp");
      await updateProjectSettings(me, project.id, { isolated: false });
      expect((await get("/v/1/")).headers["cross-origin-embedder-policy"]).toBeUndefined();
      await updateProjectSettings(me, project.id, { isolated: true });
    });

    describe("service-worker scripts", () => {
      const asWorker = { "service-worker": "script" };
      let own: ProjectWithFiles;
      beforeAll(async () => {
        own = await createProject(me, {
          title: "Workers",
          files: [text("index.html", "hi"), text("sw.js", "// own root worker"), text("evil.js", "// root"), text("app/sw.js", "// app worker")],
        });
        await publishVersion(me, own.id, {});
      });
      const asWorkerGet = (path: string, headers: Record<string, string> = {}) => previewGet(server, own.slug, path, { headers: { ...asWorker, ...headers } });

      it.each(["/evil.js", "/sw.js", "/index.html", "/latest/evil.js", "/latest/sw.js"])(
        "refuses the project's own %s as a service worker, with a 403 that says why",
        async (path) => {
          const res = await asWorkerGet(path);
          expect(res.status).toBe(403);
          const { error } = JSON.parse(res.body.toString());
          expect(error.code).toBe("forbidden");
          expect(error.message).toContain("cannot be a service worker");
          expect(error.message).toContain("/app/sw.js");
          // Fetched as a plain file it is still served.
          expect((await previewGet(server, own.slug, path)).status).toBe(200);
        },
      );

      it("refuses a revalidation too, instead of answering 304", async () => {
        const etag = String((await previewGet(server, own.slug, "/evil.js")).headers.etag);
        expect((await previewGet(server, own.slug, "/evil.js", { headers: { "if-none-match": etag } })).status).toBe(304);
        expect((await asWorkerGet("/evil.js", { "if-none-match": etag })).status).toBe(403);
      });

      it.each(["/app/sw.js", "/v/1/sw.js", "/v/1/app/sw.js", "/mini-coi.js", "/latest/mini-coi.js"])("allows %s as a service worker", async (path) => {
        const res = await asWorkerGet(path);
        expect(res.status).toBe(200);
      });

      it("allows the built-in /sw.js at the root of a project that has none", async () => {
        const res = await get("/sw.js", asWorker);
        expect(res.status).toBe(200);
        expect(res.body.toString()).toBe(String(builtinFile("sw.js")?.body));
      });
    });

    it("serves a private project's versions on its secret host only", async () => {
      const secret = await createProject(me, { title: "Hidden", visibility: "PRIVATE", files: [text("index.html", "hidden v1")] });
      await publishVersion(me, secret.id, {});
      const label = new URL(secret.previewOrigin).hostname.split(".")[0]!;
      for (const path of ["/v/1/", "/latest/"]) {
        expect((await get(path, {}, secret.slug)).status).toBe(404);
        expect(await body(path, label)).toBe("hidden v1");
      }
      // Only the visitor's browser may keep it: rotating the secret must not leave copies in shared caches.
      expect((await get("/v/1/", {}, label)).headers["cache-control"]).toBe("private, max-age=31536000, immutable");
    });
  });
}
