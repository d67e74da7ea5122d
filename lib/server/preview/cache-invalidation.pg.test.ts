import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestActor } from "../../../test/support/accounts";
import { createProject } from "../projects/queries";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import { changeFeedApplicationName } from "./change-feed";
import { stopPreviewSource } from "./lookup";
import { previewGet, startPreviewServer } from "../../../test/support/preview/preview-server";
import type { PreviewServer } from "../../../test/support/preview/preview-server";

/**
 * Another app instance is, to this one, just another connection writing to the database: these writes go
 * through a separate pg client, bypassing this process's code entirely, as a second instance's would.
 */
describe("preview cache across instances (PostgreSQL)", () => {
  let database: TestDatabase;
  let server: PreviewServer;
  let other: pg.Client;
  let projectId: string;
  let slug: string;

  const write = async (text: string) => {
    await other.query(
      `INSERT INTO "Blob" ("hash", "content", "size") SELECT encode(sha256(b), 'hex'), b, length(b) FROM convert_to($1, 'UTF8') b
       ON CONFLICT ("hash") DO NOTHING`,
      [text],
    );
    await other.query(
      `UPDATE "File" SET "hash" = encode(sha256(convert_to($1, 'UTF8')), 'hex'), "size" = length($1) WHERE "projectId" = $2 AND "path" = 'a.txt'`,
      [text, projectId],
    );
  };
  const served = async () => (await previewGet(server, slug, "/a.txt")).body.toString();
  const listeners = async () =>
    (
      await other.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`,
        [changeFeedApplicationName],
      )
    ).rows;

  beforeAll(async () => {
    database = await openTestDatabase("pg");
    server = await startPreviewServer(database);
    other = new pg.Client({ connectionString: database.databaseUrl });
    await other.connect();
    ({ id: projectId, slug } = await createProject(await createTestActor(), { title: "Shared", files: [{ path: "a.txt", content: "v1", encoding: "utf8" }] }));
  });

  afterAll(async () => {
    await other?.end();
    await server?.close();
    await stopPreviewSource();
    await database?.close();
  });

  it("serves a file changed by another connection once that write commits", async () => {
    expect(await served()).toBe("v1");
    await expect.poll(listeners).toHaveLength(1);
    expect(await served()).toBe("v1");
    await write("v2");
    await expect.poll(served).toBe("v2");
  });

  it("serves nothing stale when the change feed's connection dies, and picks up changes after it reconnects", async () => {
    await write("v3");
    await expect.poll(served).toBe("v3");
    const [listener] = await listeners();
    // With a timeout the call returns once the backend has exited, so its FATAL is on the feed's socket
    // before the write below: without one it only signals, and a slow backend could take the NOTIFY first.
    await other.query("SELECT pg_terminate_backend($1, 10000)", [listener?.pid]);
    await write("v4");
    await expect.poll(served).toBe("v4");
    // The old listener gone (an empty list passes too), then a new one: a reconnect that failed once waits
    // its retry delay again, so the second wait needs as long as the first.
    await expect.poll(async () => (await listeners()).map((row) => row.pid), { timeout: 10_000 }).not.toEqual([listener?.pid]);
    await expect.poll(listeners, { timeout: 10_000 }).toHaveLength(1);
    expect(await served()).toBe("v4");
    await write("v5");
    await expect.poll(served).toBe("v5");
  });
});
