import "server-only";
import type { MigrationConnection } from "./connection";

/**
 * Whether the one-time initialization (the demo project) has succeeded is recorded in a schema of our own,
 * outside `public`, so Prisma's schema and its drift checks never see it.
 */
const createStateTable = `
CREATE SCHEMA IF NOT EXISTS "_pysandbox";
CREATE TABLE IF NOT EXISTS "_pysandbox"."initialized" ("id" INTEGER PRIMARY KEY CHECK ("id" = 1), "at" TIMESTAMPTZ NOT NULL DEFAULT now())`;

/**
 * Called before the migrations: a database migrated before this record existed was initialized back then,
 * so it is recorded as such rather than initialized again (a deleted demo project must not come back).
 */
export async function prepareInitializationRecord(db: MigrationConnection, { freshDatabase }: { freshDatabase: boolean }): Promise<void> {
  const [existing] = await db.query<{ exists: boolean }>(`SELECT to_regclass('"_pysandbox"."initialized"') IS NOT NULL AS "exists"`);
  await db.exec(createStateTable);
  if (!existing?.exists && !freshDatabase) await markInitialized(db);
}

/**
 * Runs `initialize` unless it once succeeded on this database. A failure is retried at the next start, so
 * `initialize` must be idempotent (it may also have succeeded just before a crash, unrecorded).
 */
export async function initializeOnce(db: MigrationConnection, initialize: () => Promise<void>): Promise<void> {
  const [done] = await db.query<{ id: number }>(`SELECT "id" FROM "_pysandbox"."initialized"`);
  if (done) return;
  await initialize();
  await markInitialized(db);
}

function markInitialized(db: MigrationConnection): Promise<unknown> {
  return db.query(`INSERT INTO "_pysandbox"."initialized" ("id") VALUES (1) ON CONFLICT DO NOTHING`);
}
