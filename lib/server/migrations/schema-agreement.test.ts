import pg from "pg";
import { afterAll, beforeAll, expect, test } from "vitest";
import { diffMigrationsToSchema } from "../../../scripts/schema-engine.mjs";
import { Prisma } from "../generated/prisma/client";
import { createThrowawayPg } from "../../../test/support/test-databases";
import type { ThrowawayPg } from "../../../test/support/test-databases";
import { connectPg } from "./connection";
import { readMigrations } from "./files";
import { applyMigrations } from "./runner";

let database: ThrowawayPg;
beforeAll(async () => {
  database = await createThrowawayPg();
});
afterAll(() => database?.drop());

// Prisma's wasm schema engine replays every migration on an in-memory PGlite: CPU-bound, 27 s alone on a
// busy two-core machine and over a minute beside the rest of the suite, so it gets more than the default.
test("replaying prisma/migrations yields exactly prisma/schema.prisma (Prisma's own diff is empty)", { timeout: 180_000 }, async () => {
  expect(await diffMigrationsToSchema()).toBe("");
});

test("our runner creates one table per model with exactly the model's columns", async () => {
  const connection = await connectPg(database.url);
  await applyMigrations(connection, await readMigrations()).finally(() => connection.close());

  // The generated client's public enums name every model and scalar field (the schema maps no names).
  const scalarFields = Prisma as unknown as Record<string, Record<string, string>>;
  const expected = Object.fromEntries(
    Object.values(Prisma.ModelName).map((model) => [model, Object.values(scalarFields[`${model}ScalarFieldEnum`] ?? {}).sort()]),
  );

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const actual: Record<string, string[]> = {};
    for (const row of rows) (actual[row.table_name] ??= []).push(row.column_name);
    for (const columns of Object.values(actual)) columns.sort();
    expect(actual).toEqual(expected);
  } finally {
    await client.end();
  }
});
