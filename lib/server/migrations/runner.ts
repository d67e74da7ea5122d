import "server-only";
import { randomUUID } from "node:crypto";
import type { MigrationConnection } from "./connection";
import type { Migration } from "./files";
import { initializeOnce, prepareInitializationRecord } from "./initialization";

/** Prisma's own advisory lock key, so we also exclude a concurrent `prisma migrate deploy`. */
export const advisoryLockKey = 72707369;

/** First line of a migration that must run outside a transaction (`CREATE INDEX CONCURRENTLY`, …). */
export const noTransactionMarker = "-- pysandbox:no-transaction";

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

export type MigrationOptions = {
  /** Runs after the migrations, under the lock, until it has once succeeded on this database (the seed). */
  initialize?: () => Promise<void>;
  /** How long to wait for another process's migration lock before giving up with an error. */
  lockTimeoutMs?: number;
};

/**
 * Applies the pending migrations, each with its bookkeeping row in one transaction, so a failure leaves
 * no half-applied migration. The advisory lock serialises app instances starting at once: the second
 * waits, then finds nothing left to do. A database that holds migrations this code does not have was
 * migrated by another version of the app, and is refused rather than run against a schema we don't know.
 */
export async function applyMigrations(db: MigrationConnection, migrations: Migration[], options: MigrationOptions = {}): Promise<string[]> {
  await takeLock(db, options.lockTimeoutMs ?? 60_000);
  try {
    await db.exec(createMigrationsTable);
    const rows = await db.query<AppliedRow>(
      `SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"`,
    );
    const done = new Map(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => [r.migration_name, r]));
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) {
      throw new Error(
        `Migration ${failed.migration_name} failed earlier and was not rolled back; repair the database, then mark it ` +
          `with \`prisma migrate resolve --applied|--rolled-back ${failed.migration_name}\`.`,
      );
    }
    const known = new Set(migrations.map((m) => m.name));
    const unknown = [...done.keys()].filter((name) => !known.has(name)).sort();
    if (unknown.length > 0) {
      throw new Error(
        `The database has migrations this app does not have: ${unknown.join(", ")}. It was migrated by another ` +
          "version of the app: run that version, or a database of this one.",
      );
    }
    if (options.initialize) await prepareInitializationRecord(db, { freshDatabase: done.size === 0 });
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.name} was edited after it was applied; add a new migration instead.`);
        }
        continue;
      }
      if (migration.sql.startsWith(noTransactionMarker)) await applyOutsideTransaction(db, migration);
      else await applyInTransaction(db, migration);
      applied.push(migration.name);
    }
    if (options.initialize) await initializeOnce(db, options.initialize);
    return applied;
  } finally {
    await db.query("SELECT pg_advisory_unlock($1)", [advisoryLockKey]);
  }
}

/** lock_timeout bounds the wait for advisory locks too; it is reset at once so migrations run without it. */
async function takeLock(db: MigrationConnection, timeoutMs: number): Promise<void> {
  await db.exec(`SET lock_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
  try {
    await db.query("SELECT pg_advisory_lock($1)", [advisoryLockKey]);
  } catch (error) {
    if ((error as { code?: string }).code !== "55P03") throw error;
    throw new Error(
      `Another process has held the migration lock of this database for over ${Math.round(timeoutMs / 1000)} s ` +
        `(advisory lock ${advisoryLockKey}: another app instance or \`prisma migrate\`). If none is running, end ` +
        `the session that holds it: SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = ${advisoryLockKey};`,
      { cause: error },
    );
  } finally {
    await db.exec("RESET lock_timeout");
  }
}

async function applyInTransaction(db: MigrationConnection, migration: Migration): Promise<void> {
  await db.exec("BEGIN");
  try {
    await db.exec(migration.sql);
    await recordStart(db, migration, "now()");
    await db.exec("COMMIT");
  } catch (error) {
    await db.exec("ROLLBACK");
    // 25001: a statement such as CREATE INDEX CONCURRENTLY refused to run inside our transaction.
    const hint = (error as { code?: string }).code === "25001" ? ` Make "${noTransactionMarker}" its first line.` : "";
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${(error as Error).message}.${hint}`, { cause: error });
  }
}

/**
 * Without a transaction a failure can leave part of the migration applied, so its row is written first
 * and finished only on success: an unfinished row stops every later start until someone repairs it.
 */
async function applyOutsideTransaction(db: MigrationConnection, migration: Migration): Promise<void> {
  const id = await recordStart(db, migration, "NULL");
  try {
    await db.exec(migration.sql);
  } catch (error) {
    await db.query(`UPDATE "_prisma_migrations" SET "logs" = $2 WHERE "id" = $1`, [id, (error as Error).message]);
    throw new Error(
      `Migration ${migration.name} failed outside a transaction and may be partly applied: ${(error as Error).message}`,
      { cause: error },
    );
  }
  await db.query(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = $1`, [id]);
}

async function recordStart(db: MigrationConnection, migration: Migration, finishedAt: "now()" | "NULL"): Promise<string> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at", "applied_steps_count")
     VALUES ($1, $2, $3, ${finishedAt}, ${finishedAt === "NULL" ? 0 : 1})`,
    [id, migration.checksum, migration.name],
  );
  return id;
}
