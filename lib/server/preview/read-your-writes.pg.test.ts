import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestActor } from "../../../test/support/accounts";
import type { Actor } from "../auth/actor";
import { createProject, deleteProject, getProject, updateProjectFiles, updateProjectSettings } from "../projects/queries";
import type { ProjectWithFiles } from "../projects/queries";
import { saveFileChanges } from "../projects/save-changes";
import { publishVersion, restoreVersion } from "../projects/versions";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import { previewCacheHolds, previewCacheStatus, stopPreviewSource } from "./lookup";
import { previewGet, startPreviewServer } from "../../../test/support/preview/preview-server";
import type { PreviewServer } from "../../../test/support/preview/preview-server";
import { startTcpProxy } from "../../../test/support/preview/tcp-proxy";
import type { TcpProxy } from "../../../test/support/preview/tcp-proxy";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

/**
 * The feed's connection goes through a proxy that holds back what PostgreSQL sends it, so the NOTIFY of a
 * save arrives well after the save is answered: a fresh first read can only come from the writer itself.
 */
describe("read-your-writes on the preview origin (PostgreSQL, notifications delayed)", () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let server: PreviewServer;
  let project: ProjectWithFiles;
  let me: Actor;
  const served = async () => (await previewGet(server, project.slug, "/main.py")).body.toString();

  beforeAll(async () => {
    database = await openTestDatabase("pg");
    me = await createTestActor();
    proxy = await startTcpProxy(database.databaseUrl!);
    server = await startPreviewServer({ ...database, listenDatabaseUrl: proxy.url });
    project = await createProject(me, { title: "Fresh", files: [text("main.py", "v1"), text("other.py", "o")] });
  });

  afterAll(async () => {
    await server?.close();
    await stopPreviewSource();
    await proxy?.close();
    await database?.close();
  });

  it("the first read after a merging save (PATCH) serves the new bytes", async () => {
    expect(await served()).toBe("v1");
    await expect.poll(() => previewCacheStatus().live).toBe(true);
    proxy.delay(1500);
    expect(await served()).toBe("v1");
    expect(previewCacheHolds(project.slug, "main.py")).toBe(true);
    await saveFileChanges(me, project.id, { baseRevision: 1, upserts: [text("main.py", "v2")], deletes: [] });
    expect(await served()).toBe("v2");
  });

  it("the first read after a full replace (PUT) serves the new bytes", async () => {
    expect(await served()).toBe("v2");
    expect(previewCacheHolds(project.slug, "main.py")).toBe(true);
    const { revision } = await getProject(me, project.id);
    await updateProjectFiles(me, project.id, revision, [text("main.py", "v3"), text("other.py", "o")]);
    expect(await served()).toBe("v3");
  });

  it("the first read of /latest/ after a publish serves the new version, and the draft after a restore the restored bytes", async () => {
    const latest = async () => (await previewGet(server, project.slug, "/latest/main.py")).body.toString();
    await publishVersion(me, project.id, {});
    expect(await latest()).toBe("v3");
    expect(previewCacheHolds(project.slug, "latest/main.py")).toBe(true);
    const { revision } = await getProject(me, project.id);
    await updateProjectFiles(me, project.id, revision, [text("main.py", "v4"), text("other.py", "o")]);
    expect(await latest()).toBe("v3");
    await publishVersion(me, project.id, {});
    expect(await latest()).toBe("v4");
    expect(await served()).toBe("v4");
    await restoreVersion(me, project.id, 1, revision + 1);
    expect(await served()).toBe("v3");
  });
  it("the first read after a settings change follows it: isolation, visibility and a rotated secret host", async () => {
    const headersOf = async () => (await previewGet(server, project.slug, "/main.py")).headers;
    expect((await headersOf())["cross-origin-opener-policy"]).toBe("same-origin");
    expect(previewCacheHolds(project.slug, "main.py")).toBe(true);
    await updateProjectSettings(me, project.id, { isolated: false });
    expect((await headersOf())["cross-origin-opener-policy"]).toBeUndefined();

    const secretHost = async () => new URL((await getProject(me, project.id)).previewOrigin).hostname.split(".")[0]!;
    await updateProjectSettings(me, project.id, { visibility: "PRIVATE" });
    expect((await previewGet(server, project.slug, "/main.py")).status).toBe(404);
    const oldSecret = await secretHost();
    expect((await previewGet(server, oldSecret, "/main.py")).status).toBe(200);
    await updateProjectSettings(me, project.id, { rotatePreviewSecret: true });
    expect((await previewGet(server, oldSecret, "/main.py")).status).toBe(404);
    expect((await previewGet(server, await secretHost(), "/main.py")).status).toBe(200);
  });

  it("the first read after a delete is a 404", async () => {
    const doomed = await createProject(me, { title: "Doomed", files: [text("main.py", "bye")] });
    expect((await previewGet(server, doomed.slug, "/main.py")).status).toBe(200);
    expect(previewCacheHolds(doomed.slug, "main.py")).toBe(true);
    await deleteProject(me, doomed.id);
    expect((await previewGet(server, doomed.slug, "/main.py")).status).toBe(404);
  });
});
