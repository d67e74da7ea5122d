import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { sendHttp } from "@/test/support/http-client";
import { largeGeneration, saveRequest, servedGeneration, sha256, smallGeneration } from "@/test/support/large-save";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

describe("the app killed in the middle of a large save, on PostgreSQL", () => {
  let database: ThrowawayPg;
  // Two connections: one holds a lock in a transaction, the other watches. Inside a transaction
  // pg_stat_activity keeps showing what it showed first, so the watcher stays outside any.
  let locker: pg.Client;
  let watcher: pg.Client;
  const apps: AppProcess[] = [];
  const start = async () => {
    const app = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
    apps.push(app);
    return app;
  };
  beforeAll(async () => {
    database = await createThrowawayPg();
    [locker, watcher] = [new pg.Client({ connectionString: database.url }), new pg.Client({ connectionString: database.url })];
    await Promise.all([locker.connect(), watcher.connect()]);
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.kill()));
    await Promise.all([locker?.end(), watcher?.end()]);
    await database?.drop();
  });

  /**
   * The app's backend of the save once it waits on the locked blob: in a transaction that has written (it has
   * a transaction id: the revision is claimed), in the middle of its INSERT of the blobs.
   */
  const blockedSave = async () =>
    (
      await watcher.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity
         WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND xact_start IS NOT NULL
           AND backend_xid IS NOT NULL AND wait_event_type = 'Lock' AND query ILIKE '%INSERT INTO "Blob"%'`,
      )
    ).rows;
  const backendAlive = async (pid: number) => (await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).rowCount === 1;

  test("leaves the project wholly at the old revision, served so after a restart; the same save then lands whole", async () => {
    const first = await start();
    const { client } = await AppClient.signUp(first);
    const [old, next] = [smallGeneration("old"), largeGeneration("new")];
    const project = await client.createProject("Large", old.files);
    // One of the new files already exists as another project's blob, and this test locks that blob. The save
    // stores its blobs in hash order, and this one's hash is the greatest: the save stops there, inside its
    // transaction, with the revision claimed and every other blob written.
    const held = next.files.reduce((greatest, file) => (sha256(file.content) > sha256(greatest.content) ? file : greatest));
    await client.createProject("Holder", [held]);
    await locker.query("BEGIN");
    await locker.query(`SELECT 1 FROM "Blob" WHERE "hash" = $1 FOR UPDATE`, [sha256(held.content)]);

    // The connection dies with the app, unanswered (the handler is attached now: that happens during the kill).
    const save = expect(sendHttp(first.port, saveRequest(client, project.id, project.revision, next), { timeoutMs: 60_000 })).rejects.toThrow(/closed the connection/);
    await until(async () => (await blockedSave()).length === 1, "the save never waited on the locked blob");
    // An open transaction that has written (it has an xid) and waits in the blob INSERT: the kill lands inside it.
    const [{ pid }] = (await blockedSave()) as [{ pid: number }];
    await first.kill("SIGKILL");
    await save;
    expect(await backendAlive(pid)).toBe(true);

    const second = await start();
    const again = client.on(second);
    expect(await servedGeneration(again, project, [old, next])).toEqual({ name: "old", revision: project.revision });
    // Unblocked, the dead client's transaction finishes its statement, finds no client and rolls back.
    await locker.query("ROLLBACK");
    await until(async () => !(await backendAlive(pid)), "the dead client's backend never ended");
    expect(await servedGeneration(again, project, [old, next])).toEqual({ name: "old", revision: project.revision });

    const retried = await sendHttp(second.port, saveRequest(again, project.id, project.revision, next), { timeoutMs: 60_000 });
    expect(retried.status, retried.text).toBe(200);
    expect(await servedGeneration(again, project, [old, next])).toEqual({ name: "new", revision: project.revision + 1 });
  }, 120_000);
});

/** Waits for a state of the database that another process brings about, or fails naming it. */
async function until(condition: () => Promise<boolean>, failure: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`${failure} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
