import "server-only";
import type { AppConfig } from "../config";
import { closeDatabase, openDatabase } from "./db";
import { connectForMigrations } from "./migrations/connection";
import { readMigrations } from "./migrations/files";
import { applyMigrations } from "./migrations/runner";
import { seedDemoProject } from "./projects/seed";

export type PreparedDatabase = { close(): Promise<void> };

/**
 * Opens the database (locking the data folder with PGlite), applies pending migrations and, on the very
 * first start, seeds the demo project. Only the instance that migrated an empty database seeds, so two
 * instances starting at once make one demo project.
 */
export async function prepareDatabase(
  config: Pick<AppConfig, "databaseUrl" | "dataDir">,
  migrationsDir?: string,
): Promise<PreparedDatabase> {
  const db = await openDatabase(config);
  try {
    const migrations = await readMigrations(migrationsDir);
    const connection = await connectForMigrations(db);
    const outcome = await applyMigrations(connection, migrations).finally(() => connection.close());
    if (outcome.fresh && outcome.applied.length > 0) await seedDemoProject();
  } catch (error) {
    await closeDatabase();
    throw error;
  }
  return { close: closeDatabase };
}
