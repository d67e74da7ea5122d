import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestActor } from "../../../test/support/accounts";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import type { Actor } from "../auth/actor";
import { getDb } from "../db";
import { hashBytes, storeBlobs } from "./blobs";
import { forkProject } from "./forks";
import { createProject, getProject, updateProjectFiles } from "./queries";

const text = (path: string, content: string) => ({ path, content, encoding: "utf8" as const });

/**
 * The orphan trigger against writers on other connections that reference the same blob at the same moment:
 * PostgreSQL only (PGlite has one connection, so nothing runs concurrently there).
 */
describe("releasing blobs while another transaction references them (PostgreSQL)", () => {
  let database: TestDatabase;
  let me: Actor;
  let other: pg.Client;
  beforeAll(async () => {
    database = await openTestDatabase("pg");
    me = await createTestActor();
    other = new pg.Client({ connectionString: database.databaseUrl });
    await other.connect();
  });
  afterAll(async () => {
    await other?.end();
    await database?.close();
  });

  /** Resolves once some session of this database waits for a lock. */
  const someoneWaits = () =>
    expect
      .poll(async () => {
        const { rows } = await other.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0]!.n;
      })
      .toBeGreaterThan(0);

  test("a blob a writer has stored but not yet referenced survives the save that drops its last other reference", async () => {
    const content = `shared ${Math.random()}`;
    const bytes = new Uint8Array(Buffer.from(content));
    const hash = hashBytes(bytes);
    const source = await createProject(me, { title: "Source", files: [text("x.py", content)] });
    const target = await createProject(me, { title: "Target", files: [] });
    let stored!: () => void;
    let release!: () => void;
    const storedBlob = new Promise<void>((resolve) => (stored = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writer = getDb().$transaction(
      async (tx) => {
        await storeBlobs(tx, [{ hash, content: bytes, size: bytes.length }]);
        stored();
        await gate;
        await tx.file.create({ data: { projectId: target.id, path: "copy.py", hash, size: bytes.length } });
      },
      { timeout: 30_000 },
    );
    await storedBlob;
    await updateProjectFiles(me, source.id, 1, [text("x.py", "something else")]);
    release();
    await writer;
    expect((await getProject(me, target.id)).files).toMatchObject([{ path: "copy.py", content }]);
  });

  test("a fork waits for a save of its source that is releasing a blob, then copies what the save left", async () => {
    const content = `before ${Math.random()}`;
    const source = await createProject(me, { title: "Source", visibility: "PUBLIC", files: [text("main.py", content)] });
    const after = Buffer.from("after");
    // A save of the source on another connection, as the app makes one: the project row first, then the files.
    await other.query("BEGIN");
    await other.query(`UPDATE "Project" SET "revision" = "revision" + 1 WHERE "id" = $1`, [source.id]);
    await other.query(`INSERT INTO "Blob" VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [hashBytes(after), after, after.length]);
    await other.query(`UPDATE "File" SET "hash" = $1, "size" = $2, "revision" = 2 WHERE "projectId" = $3`, [hashBytes(after), after.length, source.id]);
    const forking = forkProject(await createTestActor("Forker"), source.id);
    await someoneWaits();
    await other.query("COMMIT");
    const fork = await forking;
    expect(fork.files).toMatchObject([{ path: "main.py", content: "after" }]);
    expect(await getDb().blob.count({ where: { hash: hashBytes(Buffer.from(content)) } })).toBe(0);
  });
});
