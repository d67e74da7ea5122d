import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Database } from "../db";

/** What the migration runner needs from a database: one session, plain and multi-statement SQL. */
export type MigrationConnection = {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a whole script as one simple-protocol query: no splitting on `;`. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
};

export function connectForMigrations(db: Database): Promise<MigrationConnection> {
  if (db.pglite) return Promise.resolve(pgliteConnection(db.pglite));
  if (!db.databaseUrl) throw new Error("The database has neither PGlite nor a URL.");
  return connectPg(db.databaseUrl);
}

/**
 * A dedicated pg connection: session-level advisory locks belong to one connection, so the runner must
 * not go through a pool (and Prisma's pg adapter splits scripts on `;`, which breaks atomicity).
 */
export async function connectPg(databaseUrl: string): Promise<MigrationConnection> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

/** PGlite is a single connection already; it stays open after migrating (the app's client uses it). */
function pgliteConnection(pglite: PGlite): MigrationConnection {
  return {
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    close: async () => {},
  };
}
