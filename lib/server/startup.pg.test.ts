import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { defaultMigrationsDir, readMigrations } from "./migrations/files";
import { runPrepareDatabase } from "../../test/support/prepare-database.run";
import { createThrowawayPg } from "../../test/support/test-databases";
import type { ThrowawayPg } from "../../test/support/test-databases";

let database: ThrowawayPg;
beforeAll(async () => {
  database = await createThrowawayPg();
});
afterAll(() => database?.drop());

test("two app processes preparing one empty database at once both come up, and seed once", async () => {
  const [a, b] = await Promise.all([
    runPrepareDatabase({ DATABASE_URL: database.url }),
    runPrepareDatabase({ DATABASE_URL: database.url }),
  ]);
  expect(a.stderr).toBe("");
  expect(b.stderr).toBe("");
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(JSON.parse(a.stdout).projects).toEqual(["hello"]);
  expect(JSON.parse(b.stdout).projects).toEqual(["hello"]);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const migrations = await readMigrations();
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
    // Prisma's checksum: sha256 of the file's bytes, so `prisma migrate deploy` agrees with us.
    for (const row of rows) {
      const bytes = await readFile(join(defaultMigrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  } finally {
    await client.end();
  }
});
