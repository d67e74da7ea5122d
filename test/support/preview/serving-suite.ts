import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProjectId } from "../../../lib/ids";
import { createProject, getProject, updateProjectFiles, updateProjectSettings } from "../../../lib/server/projects/queries";
import { openTestDatabase } from "../test-databases";
import type { DatabaseKind, TestDatabase } from "../test-databases";
import { builtinFile } from "../../../lib/server/preview/builtins";
import { stopPreviewSource } from "../../../lib/server/preview/lookup";
import { createTestActor } from "../accounts";
import type { Actor } from "../../../lib/server/auth/actor";
import { previewGet, rawPreviewGet, startPreviewServer } from "./preview-server";
import type { PreviewServer } from "./preview-server";
import { expectedTypes, secret, siteFiles, text, traversals } from "./site-fixture";

/** The preview-serving behaviour, against one kind of real database. */
export function describePreviewServing(kind: DatabaseKind): void {
  describe(`preview serving on ${kind}`, () => {
    let database: TestDatabase;
    let server: PreviewServer;
    let siteId: ProjectId;
    /** The slugs the projects got (each with its random part). */
    const hosts = { site: "", open: "", own: "" };
    let me: Actor;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
      me = await createTestActor();
      server = await startPreviewServer(database);
      const site = await createProject(me, { title: "Site", files: siteFiles });
      [siteId, hosts.site] = [site.id, site.slug];
      const open = await createProject(me, { title: "Open", files: [text("index.html", "open")] });
      hosts.open = open.slug;
      await updateProjectSettings(me, open.id, { isolated: false });
      hosts.own = (await createProject(me, { title: "Own", files: [text("sw.js", "// my own worker")] })).slug;
      await createProject(me, { title: "Secret", files: [text("secret.txt", secret)] });
    });

    afterAll(async () => {
      await server?.close();
      await stopPreviewSource();
      await database?.close();
    });

    it("sends the isolation headers when the project's switch is on", async () => {
      const res = await previewGet(server, hosts.site, "/");
      expect(res.status).toBe(200);
      expect(res.headers).toMatchObject({
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-embedder-policy": "require-corp",
        "cross-origin-resource-policy": "cross-origin",
        "access-control-allow-origin": "*",
        "referrer-policy": "no-referrer",
        "x-content-type-options": "nosniff",
        "cache-control": "no-cache",
      });
    });

    it("sends neither COOP nor COEP when the switch is off", async () => {
      const res = await previewGet(server, hosts.open, "/");
      expect(res.status).toBe(200);
      expect(res.body.toString()).toBe("open");
      expect(res.headers["cross-origin-opener-policy"]).toBeUndefined();
      expect(res.headers["cross-origin-embedder-policy"]).toBeUndefined();
      expect(res.headers["referrer-policy"]).toBe("no-referrer");
    });

    it.each(expectedTypes)("serves %s as %s with its exact bytes", async (path, type) => {
      const res = await previewGet(server, hosts.site, path);
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe(type);
      const name = path === "/" ? "index.html" : path.slice(1);
      const file = siteFiles.find((f) => f.path === name);
      expect(res.body).toEqual(Buffer.from(file?.content ?? "", file?.encoding));
    });

    it("serves dir/index.html for /dir/", async () => {
      const res = await previewGet(server, hosts.site, "/dir/?q=1");
      expect(res.body.toString()).toContain("<title>dir</title>");
    });

    it("redirects /dir to /dir/ when dir/index.html exists, keeping the query", async () => {
      const res = await previewGet(server, hosts.site, "/dir?q=1");
      expect(res.status).toBe(308);
      expect(res.headers.location).toBe("/dir/?q=1");
      expect((await previewGet(server, hosts.site, "/app")).status).toBe(404);
    });

    it.each(traversals)("refuses %j with 400 and nothing from outside the project", async (target) => {
      const res = await rawPreviewGet(server, hosts.site, target);
      expect(res.status).toBe(400);
      expect(res.text).not.toContain(secret);
    });

    it("answers a missing file with a small HTML 404 page that keeps the project's headers", async () => {
      const res = await previewGet(server, hosts.site, "/nope.py");
      expect(res.status).toBe(404);
      expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(res.headers["cross-origin-embedder-policy"]).toBe("require-corp");
      expect(res.body.toString()).toContain("/nope.py");
      expect(res.body.byteLength).toBeLessThan(2048);
    });

    it("answers an unknown project with 404", async () => {
      const res = await previewGet(server, "no-such-project", "/");
      expect(res.status).toBe(404);
      expect(res.body.toString()).toContain("no-such-project");
    });

    it("never sets a cookie and answers the same with or without the visitor's cookies", async () => {
      const plain = await previewGet(server, hosts.site, "/app.js");
      const withCookie = await previewGet(server, hosts.site, "/app.js", { headers: { cookie: "session=abc; csrf=def" } });
      for (const res of [plain, withCookie]) expect(res.headers["set-cookie"]).toBeUndefined();
      expect(withCookie.body).toEqual(plain.body);
      const missing = await previewGet(server, hosts.site, "/nope", { headers: { cookie: "session=abc" } });
      expect(missing.headers["set-cookie"]).toBeUndefined();
    });

    it("answers /mini-coi.js and /sw.js with the built-ins when the project has none", async () => {
      for (const path of ["mini-coi.js", "sw.js"]) {
        const res = await previewGet(server, hosts.site, `/${path}`);
        expect(res.status).toBe(200);
        expect(res.headers["content-type"]).toBe("text/javascript; charset=utf-8");
        expect(res.body.toString()).toBe(String(builtinFile(path)?.body));
      }
    });

    it("serves the project's own sw.js instead of the built-in", async () => {
      const res = await previewGet(server, hosts.own, "/sw.js");
      expect(res.body.toString()).toBe("// my own worker");
      expect((await previewGet(server, hosts.own, "/mini-coi.js")).status).toBe(200);
    });

    it("does not serve built-ins for an unknown project", async () => {
      expect((await previewGet(server, "no-such-project", "/sw.js")).status).toBe(404);
    });

    it("answers HEAD with the headers and no body", async () => {
      const res = await previewGet(server, hosts.site, "/app.js", { method: "HEAD" });
      expect(res.status).toBe(200);
      expect(res.headers["content-length"]).toBe(String(Buffer.byteLength("console.log(1)")));
      expect(res.body.byteLength).toBe(0);
    });

    it("refuses writes with 405 and answers CORS preflights", async () => {
      const post = await previewGet(server, hosts.site, "/app.js", { method: "POST" });
      expect(post.status).toBe(405);
      expect(post.headers.allow).toBe("GET, HEAD, OPTIONS");
      expect(JSON.parse(post.body.toString())).toMatchObject({ error: { code: "method_not_allowed" } });
      const preflight = await previewGet(server, hosts.site, "/data.json", {
        method: "OPTIONS",
        headers: { origin: "http://elsewhere.test", "access-control-request-method": "GET" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("*");
      expect(preflight.headers["access-control-allow-methods"]).toContain("GET");
    });

    it("answers 304 to a matching If-None-Match, and a new ETag once the file changes", async () => {
      const first = await previewGet(server, hosts.site, "/notes.txt");
      const etag = String(first.headers.etag);
      const again = await previewGet(server, hosts.site, "/notes.txt", { headers: { "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(again.body.byteLength).toBe(0);
      expect(again.headers["cross-origin-opener-policy"]).toBe("same-origin");

      const current = await previewGet(server, hosts.site, "/");
      expect(current.status).toBe(200);
      const { revision } = await getProject(me, siteId);
      await updateProjectFiles(me, siteId, revision, [...siteFiles.filter((f) => f.path !== "notes.txt"), text("notes.txt", "v2")]);
      expect((await previewGet(server, hosts.site, "/notes.txt", { headers: { "if-none-match": etag } })).body.toString()).toBe("v2");
      const changed = await previewGet(server, hosts.site, "/notes.txt");
      expect(changed.headers.etag).not.toBe(etag);
    });

    it("follows the isolation switch as soon as it changes", async () => {
      const open = await previewGet(server, hosts.open, "/");
      expect(open.headers["cross-origin-opener-policy"]).toBeUndefined();
      const project = await createProject(me, { title: "Flip", files: [text("index.html", "x")] });
      expect((await previewGet(server, project.slug, "/")).headers["cross-origin-opener-policy"]).toBe("same-origin");
      await updateProjectSettings(me, project.id, { isolated: false });
      expect((await previewGet(server, project.slug, "/")).headers["cross-origin-opener-policy"]).toBeUndefined();
    });

    it("serves a private project only on its secret host, which rotates", async () => {
      const project = await createProject(me, {
        title: "Private",
        visibility: "PRIVATE",
        files: [text("index.html", "mine")],
      });
      const secretLabel = new URL(project.previewOrigin).hostname.split(".")[0]!;
      expect(secretLabel).toMatch(/^p-[0-9a-f]{32}$/);
      expect((await previewGet(server, project.slug, "/")).status).toBe(404);
      const served = await previewGet(server, secretLabel, "/");
      expect(served.status).toBe(200);
      expect(served.body.toString()).toBe("mine");
      expect((await previewGet(server, `p-${"0".repeat(32)}`, "/")).status).toBe(404);

      const rotated = await updateProjectSettings(me, project.id, { rotatePreviewSecret: true });
      const newLabel = new URL(rotated.previewOrigin).hostname.split(".")[0]!;
      expect(newLabel).not.toBe(secretLabel);
      expect((await previewGet(server, secretLabel, "/")).status).toBe(404);
      expect((await previewGet(server, newLabel, "/")).status).toBe(200);

      await updateProjectSettings(me, project.id, { visibility: "UNLISTED" });
      expect((await previewGet(server, project.slug, "/")).status).toBe(200);
      await updateProjectSettings(me, project.id, { visibility: "PRIVATE" });
      expect((await previewGet(server, project.slug, "/")).status).toBe(404);
    });
  });
}
