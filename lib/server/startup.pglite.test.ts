import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { createTestActor } from "../../test/support/accounts";
import { getDb } from "./db";
import { createProject } from "./projects/queries";
import { prepareDatabase } from "./startup";
import { runPrepareDatabase } from "../../test/support/prepare-database.run";

const dataDir = await mkdtemp(join(tmpdir(), "pysandbox-restart-"));
afterAll(() => rm(dataDir, { recursive: true, force: true }));

test("PGlite keeps its data across a restart, seeds only once, and refuses a second process meanwhile", async () => {
  const first = await prepareDatabase({ databaseUrl: undefined, dataDir });
  const kept = await createProject(await createTestActor(), { title: "Kept across restarts", files: [] });

  const second = await runPrepareDatabase({ DATA_DIR: dataDir });
  expect(second.code).not.toBe(0);
  expect(second.stderr).toContain(`The data folder ${dataDir} is in use by another app process (pid ${process.pid})`);

  await first.close();
  const reopened = await prepareDatabase({ databaseUrl: undefined, dataDir });
  try {
    const slugs = (await getDb().project.findMany({ select: { slug: true } })).map((p) => p.slug).sort();
    expect(slugs).toEqual([kept.slug, "hello"].sort());
  } finally {
    await reopened.close();
  }
});
