import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createThrowawayPg } from "../../../test/support/test-databases";
import type { ThrowawayPg } from "../../../test/support/test-databases";
import { connectPg } from "./connection";
import type { MigrationConnection } from "./connection";
import type { Migration } from "./files";
import { advisoryLockKey, applyMigrations, noTransactionMarker } from "./runner";

let database: ThrowawayPg;
let db: MigrationConnection;
beforeAll(async () => {
  database = await createThrowawayPg();
  db = await connectPg(database.url);
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const migration = (name: string, sql: string): Migration => ({
  name,
  sql,
  checksum: createHash("sha256").update(sql).digest("hex"),
});

const tables = async () =>
  (await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).map(
    (r) => r.tablename,
  );

const good = migration("20260101000000_a", `CREATE TABLE "a" (id int); INSERT INTO "a" VALUES (1);`);
const broken = migration("20260102000000_b", `CREATE TABLE "b" (id int); SELECT no_such_function();`);

test("a failing migration is rolled back whole and leaves no bookkeeping row", async () => {
  await expect(applyMigrations(db, [good, broken])).rejects.toThrow(/20260102000000_b failed and was rolled back/);
  expect(await tables()).toEqual(["_prisma_migrations", "a"]);
  const rows = await db.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
  expect(rows.map((r) => r.migration_name)).toEqual([good.name]);
});

test("applied migrations are skipped; a fixed one is applied; an edited applied one is refused", async () => {
  const fixed = migration(broken.name, `CREATE TABLE "b" (id int);`);
  expect(await applyMigrations(db, [good, fixed])).toEqual([fixed.name]);
  expect(await applyMigrations(db, [good, fixed])).toEqual([]);
  const edited = migration(good.name, `${good.sql}\n-- edited`);
  await expect(applyMigrations(db, [edited, fixed])).rejects.toThrow(/was edited after it was applied/);
});

/** A second empty database for a test that needs its own history. */
async function withFreshDatabase(run: (fresh: MigrationConnection) => Promise<void>): Promise<void> {
  const other = await createThrowawayPg();
  const fresh = await connectPg(other.url);
  try {
    await run(fresh);
  } finally {
    await fresh.close();
    await other.drop();
  }
}

test("initialize that failed after the migrations committed runs again at the next start, then never again", async () => {
  await withFreshDatabase(async (fresh) => {
    let runs = 0;
    const failing = async () => {
      throw new Error("seed failed");
    };
    await expect(applyMigrations(fresh, [good], { initialize: failing })).rejects.toThrow("seed failed");
    expect(await applyMigrations(fresh, [good], { initialize: async () => void runs++ })).toEqual([]);
    const next = migration("20260103000000_c", "SELECT 1;");
    await applyMigrations(fresh, [good, next], { initialize: async () => void runs++ });
    expect(runs).toBe(1);
  });
});

test("a database migrated before initialization was recorded is not initialized again", async () => {
  await withFreshDatabase(async (fresh) => {
    await applyMigrations(fresh, [good]);
    let runs = 0;
    await applyMigrations(fresh, [good], { initialize: async () => void runs++ });
    expect(runs).toBe(0);
  });
});

test("a database whose first migrations failed is still initialized once they pass", async () => {
  await withFreshDatabase(async (fresh) => {
    let runs = 0;
    const initialize = async () => void runs++;
    await expect(applyMigrations(fresh, [good, broken], { initialize })).rejects.toThrow(/rolled back/);
    await applyMigrations(fresh, [good], { initialize });
    expect(runs).toBe(1);
  });
});

test("a migration that cannot run in a transaction says how to mark it, and runs once marked", async () => {
  await withFreshDatabase(async (fresh) => {
    const concurrently = `CREATE INDEX CONCURRENTLY "a_id" ON "a" ("id");`;
    await expect(applyMigrations(fresh, [good, migration("20260104000000_i", concurrently)])).rejects.toThrow(
      `Make "${noTransactionMarker}" its first line.`,
    );
    const marked = migration("20260104000000_i", `${noTransactionMarker}\n${concurrently}`);
    expect(await applyMigrations(fresh, [good, marked])).toEqual([marked.name]);
    expect(await fresh.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'a_id'`)).toHaveLength(1);
  });
});

test("a failed migration outside a transaction stops later starts until it is resolved", async () => {
  await withFreshDatabase(async (fresh) => {
    const failing = migration("20260105000000_x", `${noTransactionMarker}\nCREATE INDEX CONCURRENTLY "x" ON "missing" ("id");`);
    await expect(applyMigrations(fresh, [good, failing])).rejects.toThrow(/outside a transaction and may be partly applied/);
    await expect(applyMigrations(fresh, [good, failing])).rejects.toThrow(/prisma migrate resolve/);
  });
});

test("a database with applied migrations this code does not have is refused, naming them", async () => {
  await withFreshDatabase(async (fresh) => {
    const newer = migration("20270101000000_newer", "SELECT 1;");
    await applyMigrations(fresh, [good, newer]);
    await expect(applyMigrations(fresh, [good])).rejects.toThrow(/migrations this app does not have: 20270101000000_newer/);
  });
});

test("waiting for another process's migration lock ends with an error that says how to free it", async () => {
  const holder = await connectPg(database.url);
  try {
    await holder.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
    const started = Date.now();
    await expect(applyMigrations(db, [good], { lockTimeoutMs: 300 })).rejects.toThrow(/held the migration lock .*pg_terminate_backend/);
    expect(Date.now() - started).toBeLessThan(5000);
  } finally {
    await holder.close();
  }
  // The lock went with its session, and the failed wait left ours usable.
  await expect(applyMigrations(db, [good, migration(broken.name, `CREATE TABLE "b" (id int);`)])).resolves.toEqual([]);
});
