import "server-only";
import { randomUUID } from "node:crypto";
import type { MigrationConnection } from "./connection";
import type { Migration } from "./files";

/** Prisma's own advisory lock key, so we also exclude a concurrent `prisma migrate deploy`. */
const advisoryLockKey = 72707369;

/** Prisma's migrations table, verbatim, so its CLI can take over wherever its engine binary exists. */
const createMigrationsTable = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Applies the pending migrations, each with its bookkeeping row in one transaction, so a failure leaves
 * no half-applied migration. The advisory lock serialises app instances starting at once: the second
 * waits, then finds nothing left to do. `initialize` runs once per database, after its first migrations
 * and still under the lock, so no instance ever sees a migrated but not yet initialised database.
 */
export async function applyMigrations(
  db: MigrationConnection,
  migrations: Migration[],
  initialize: () => Promise<void> = async () => {},
): Promise<string[]> {
  await db.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
  try {
    await db.exec(createMigrationsTable);
    const rows = await db.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(`Migration ${failed.migration_name} failed earlier and was not rolled back; repair the database first.`);
    }
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was edited after it was applied; add a new migration instead.`);
        }
        continue;
      }
      await applyOne(db, migration);
      applied.push(migration.name);
    }
    if (done.size === 0 && applied.length > 0) await initialize();
    return applied;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
  }
}

async function applyOne(db: MigrationConnection, migration: Migration): Promise<void> {
  await db.exec("BEGIN");
  try {
    await db.exec(migration.sql);
    await db.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count")
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}`, { cause: error });
  }
}
