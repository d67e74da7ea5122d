import { afterAll, beforeAll, expect, test } from "vitest";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import { getDb } from "../db";
import { seedDemoProject } from "./seed";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase("pglite");
});
afterAll(() => database?.close());

test("seeding again (a start that crashed before recording its seed) keeps one demo project", async () => {
  expect((await getDb().project.findMany({ select: { slug: true } })).map((p) => p.slug)).toEqual(["hello"]);
  await seedDemoProject();
  expect((await getDb().project.findMany({ select: { slug: true } })).map((p) => p.slug)).toEqual(["hello"]);
});
