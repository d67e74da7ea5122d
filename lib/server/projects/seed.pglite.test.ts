import { afterAll, beforeAll, expect, test } from "vitest";
import { openTestDatabase } from "../../../test/support/test-databases";
import type { TestDatabase } from "../../../test/support/test-databases";
import { listProjects } from "./queries";
import { seedDemoProject } from "./seed";

let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase("pglite");
});
afterAll(() => database?.close());

test("seeding again (a start that crashed before recording its seed) keeps one demo project", async () => {
  expect((await listProjects()).map((p) => p.slug)).toEqual(["hello"]);
  await seedDemoProject();
  expect((await listProjects()).map((p) => p.slug)).toEqual(["hello"]);
});
