import { createHash } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createThrowawayPg } from "../../../test/support/test-databases";
import type { ThrowawayPg } from "../../../test/support/test-databases";
import { connectPg } from "./connection";
import type { MigrationConnection } from "./connection";
import type { Migration } from "./files";
import { applyMigrations } from "./runner";

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

test("initialize runs only after the first migrations of an empty database", async () => {
  let runs = 0;
  const initialize = async () => void runs++;
  const other = await createThrowawayPg();
  const fresh = await connectPg(other.url);
  try {
    await applyMigrations(fresh, [good], initialize);
    await applyMigrations(fresh, [good, migration("20260103000000_c", "SELECT 1;")], initialize);
  } finally {
    await fresh.close();
    await other.drop();
  }
  expect(runs).toBe(1);
});
