import "server-only";
import type { AppConfig } from "../config";
import { closeDatabase, openDatabase } from "./db";
import { connectForMigrations } from "./migrations/connection";
import { readMigrations } from "./migrations/files";
import { applyMigrations } from "./migrations/runner";
import { seedDemoProject } from "./projects/seed";

export type PreparedDatabase = { close(): Promise<void> };

/**
 * Opens the database (locking the data folder with PGlite), applies pending migrations and, until it has
 * once succeeded, seeds the demo project (under the migration lock: two instances starting at once on an
 * empty database make one demo project, and neither serves before it exists).
 */
export async function prepareDatabase(config: Pick<AppConfig, "databaseUrl" | "dataDir" | "queryLogFile">): Promise<PreparedDatabase> {
  const db = await openDatabase(config);
  try {
    const migrations = await readMigrations();
    const connection = await connectForMigrations(db);
    await applyMigrations(connection, migrations, { initialize: seedDemoProject }).finally(() => connection.close());
  } catch (error) {
    await closeDatabase();
    throw error;
  }
  return { close: closeDatabase };
}
