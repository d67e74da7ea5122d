/**
 * What forking and publishing a 50-file project write, now that both copy hashes (rows naming the source's
 * blobs) instead of bytes. Each operation is its transaction's two writes: the new project (or version) row,
 * then the app's copy of the draft's file rows (`copyDraftFiles` of forks.ts, `copyDraftIntoVersion` of
 * version-files.ts). Baseline, in the same run on the same database: the same two writes copying the bytes, as
 * before content-addressed storage, into the pre-change tables (recreated here as LegacyFile and
 * LegacyVersionFile, with their keys, foreign keys and NOTIFY trigger). Rows: rows inserted. Bytes: growth of the tables' on-disk size (heap, TOAST and indexes;
 * pg_total_relation_size). Medians over alternating rounds; contents are random text (TOAST compresses them
 * little), 4 KB per file. Run: `npx tsx --conditions=react-server bench/fork-cost.ts` (TEST_DATABASE_URL).
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { getDb } from "../lib/server/db";
import type { Prisma } from "../lib/server/generated/prisma/client";
import { examplesActor } from "../lib/server/projects/examples-owner";
import { copyDraftFiles } from "../lib/server/projects/forks";
import { createProject } from "../lib/server/projects/queries";
import { copyDraftIntoVersion } from "../lib/server/projects/version-files";
import { openTestDatabase } from "../test/support/test-databases";
import { median } from "./bench-kit";
import { reportFigures } from "./report";

const fileCount = 50;
const fileBytes = 4096;
const rounds = 15;
const tables = ["Project", "File", "Blob", "Version", "VersionFile", "LegacyFile", "LegacyVersionFile"];

/** The file tables as they were before content-addressed storage: same keys, foreign keys and NOTIFY trigger. */
const legacySchema = `
  CREATE TABLE "LegacyFile" ("id" UUID PRIMARY KEY, "projectId" UUID NOT NULL REFERENCES "Project" ON DELETE CASCADE,
    "path" TEXT NOT NULL, "content" BYTEA NOT NULL, "size" INTEGER NOT NULL, "revision" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL, UNIQUE ("projectId", "path"));
  CREATE TRIGGER "LegacyFile_preview_changed" AFTER INSERT OR UPDATE OR DELETE ON "LegacyFile"
    FOR EACH ROW EXECUTE FUNCTION "notify_preview_changed"();
  CREATE TABLE "LegacyVersionFile" ("versionId" UUID NOT NULL REFERENCES "Version" ON DELETE CASCADE, "path" TEXT NOT NULL,
    "content" BYTEA NOT NULL, "size" INTEGER NOT NULL, PRIMARY KEY ("versionId", "path"));`;

type Cost = { rows: number; bytes: number; ms: number };

const database = await openTestDatabase("pg");
const sql = new pg.Client({ connectionString: database.databaseUrl });
await sql.connect();
try {
  await sql.query(legacySchema);
  const owner = await examplesActor();
  if (owner.kind !== "user") throw new Error("the examples account is a user");
  const files = Array.from({ length: fileCount }, (_, i) => ({
    path: `pkg/module_${i}.py`,
    content: randomBytes((fileBytes * 3) / 4).toString("base64"),
    encoding: "utf8" as const,
  }));
  const source = await createProject(owner, { title: "Bench forks", visibility: "PUBLIC", files });

  const snapshot = async () => {
    const { rows } = await sql.query<{ rows: number; bytes: string }>(
      tables.map((t) => `SELECT (SELECT count(*) FROM "${t}")::int AS rows, pg_total_relation_size('"${t}"') AS bytes`).join(" UNION ALL "),
    );
    return { rows: rows.reduce((n, r) => n + r.rows, 0), bytes: rows.reduce((n, r) => n + Number(r.bytes), 0) };
  };
  const measure = async (operation: (tx: Prisma.TransactionClient) => Promise<unknown>): Promise<Cost> => {
    const before = await snapshot();
    const start = performance.now();
    await getDb().$transaction(operation);
    const ms = performance.now() - start;
    const after = await snapshot();
    return { rows: after.rows - before.rows, bytes: after.bytes - before.bytes, ms };
  };

  const newProject = (tx: Prisma.TransactionClient) =>
    tx.project.create({
      data: { slug: `fork-${randomBytes(6).toString("hex")}`, title: "Fork", ownerId: owner.userId, previewSecret: randomBytes(16).toString("hex") },
      select: { id: true },
    });
  let number = 0;
  const newVersion = (tx: Prisma.TransactionClient) =>
    tx.version.create({ data: { projectId: source.id, number: ++number, authorName: "Bench" }, select: { id: true } });

  const operations: Record<string, (tx: Prisma.TransactionClient) => Promise<unknown>> = {
    "fork: hashes": async (tx) => copyDraftFiles(tx, source.id, (await newProject(tx)).id),
    "fork: bytes (baseline)": async (tx) => tx.$executeRaw`
      INSERT INTO "LegacyFile" ("id", "projectId", "path", "content", "size", "revision", "updatedAt")
      SELECT gen_random_uuid(), ${(await newProject(tx)).id}::uuid, f."path", b."content", f."size", 1, now()
      FROM "File" f JOIN "Blob" b ON b."hash" = f."hash" WHERE f."projectId" = ${source.id}::uuid`,
    "publish: hashes": async (tx) => copyDraftIntoVersion(tx, source.id, (await newVersion(tx)).id),
    "publish: bytes (baseline)": async (tx) => tx.$executeRaw`
      INSERT INTO "LegacyVersionFile" ("versionId", "path", "content", "size")
      SELECT ${(await newVersion(tx)).id}::uuid, f."path", b."content", f."size"
      FROM "File" f JOIN "Blob" b ON b."hash" = f."hash" WHERE f."projectId" = ${source.id}::uuid`,
  };
  const results = new Map<string, Cost[]>();
  for (let round = 0; round < rounds; round++) {
    for (const [name, operation] of Object.entries(operations)) results.set(name, [...(results.get(name) ?? []), await measure(operation)]);
  }

  const summary = (name: string) => {
    const costs = results.get(name)!;
    return { rows: median(costs.map((c) => c.rows)), bytes: median(costs.map((c) => c.bytes)), ms: median(costs.map((c) => c.ms)) };
  };
  console.log(`fork-cost: a ${fileCount}-file project (${fileBytes / 1024} KB per file, random text), PostgreSQL, median of ${rounds} alternating rounds`);
  console.log(`${"operation".padEnd(26)} ${"rows".padStart(5)} ${"bytes written".padStart(14)} ${"ms".padStart(7)}   vs baseline`);
  for (const operation of ["fork", "publish"]) {
    const now = summary(`${operation}: hashes`);
    const base = summary(`${operation}: bytes (baseline)`);
    const line = (name: string, cost: typeof now, ratio: string) =>
      console.log(`${name.padEnd(26)} ${String(cost.rows).padStart(5)} ${String(cost.bytes).padStart(14)} ${cost.ms.toFixed(1).padStart(7)}   ${ratio}`);
    line(`${operation}: hashes`, now, `${(base.bytes / now.bytes).toFixed(1)}x fewer bytes, ${(now.ms / base.ms).toFixed(2)}x the time`);
    line(`${operation}: bytes (baseline)`, base, "");
    reportFigures([{ figure: `fork-cost: ${operation}, bytes written`, unit: "bytes", ours: now.bytes, baseline: base.bytes, baselineName: "copying bytes" }]);
  }
} finally {
  await sql.end();
  await database.close();
}
