import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { prepareDatabase } from "../../lib/server/startup";

/** Integration tests run on real databases: a throw-away PostgreSQL database or a temp PGlite folder. */
export type DatabaseKind = "pg" | "pglite";

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type ThrowawayPg = { url: string; drop(): Promise<void> };

/** A new empty database on the test server, named after nothing else so parallel test files never meet. */
export async function createThrowawayPg(): Promise<ThrowawayPg> {
  const name = `t_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

async function withAdmin(run: (admin: pg.Client) => Promise<unknown>): Promise<void> {
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await run(admin);
  } finally {
    await admin.end();
  }
}

export type TestDatabase = { kind: DatabaseKind; dataDir: string; databaseUrl: string | undefined; close(): Promise<void> };

/** Opens, migrates and seeds a fresh database of the given kind as this process's one database. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "pysandbox-test-"));
  const throwaway = kind === "pg" ? await createThrowawayPg() : null;
  const prepared = await prepareDatabase({ databaseUrl: throwaway?.url, dataDir });
  return {
    kind,
    dataDir,
    databaseUrl: throwaway?.url,
    close: async () => {
      await prepared.close();
      await throwaway?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
