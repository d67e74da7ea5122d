import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { expectOneGeneration, generation, sha256 } from "@/test/support/large-save";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

describe("the app killed in the middle of a large save, on PostgreSQL", () => {
  let database: ThrowawayPg;
  let admin: pg.Client;
  let apps: AppProcess[] = [];
  beforeAll(async () => {
    database = await createThrowawayPg();
    admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.kill()));
    await admin?.end();
    await database?.drop();
  });

  test("leaves the project at the old revision; the same save then lands whole", async () => {
    const first = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
    apps.push(first);
    const { client } = await AppClient.signUp(first);
    const [old, next] = [generation("old"), generation("new")];
    const project = await client.createProject("Large", old);
    // The new generation's 101st file already exists as another project's blob, which this test locks:
    // the save stops there, inside its transaction, with the revision claimed and part of the blobs written.
    const held = next[100]!;
    await client.createProject("Holder", [held]);
    await admin.query("BEGIN");
    await admin.query(`SELECT 1 FROM "Blob" WHERE "hash" = $1 FOR UPDATE`, [sha256(held.content)]);

    const save = client.send("PUT", `/api/projects/${project.id}/files`, { revision: project.revision, files: next });
    save.catch(() => undefined);
    await until(async () => (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "Blob"%'`)).rowCount === 1);
    await first.kill("SIGKILL");
    await expect(save).rejects.toThrow();
    await admin.query("ROLLBACK");
    // The save's backend ends when it next reads from its dead client, and takes its transaction with it.
    await until(async () => (await admin.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)).rowCount === 0);

    const second = await startAppProcess({ port: await freePort(), databaseUrl: database.url });
    apps.push(second);
    const again = client.on(second);
    expect(await expectOneGeneration(again, project.id, { old, next })).toEqual({ name: "old", revision: project.revision });
    const retried = await again.send("PUT", `/api/projects/${project.id}/files`, { revision: project.revision, files: next });
    expect(retried.status).toBe(200);
    expect(await expectOneGeneration(again, project.id, { old, next })).toEqual({ name: "next", revision: project.revision + 1 });
  }, 240_000);
});

/** Waits for a state of the database another process brings about. */
async function until(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}
