/**
 * Saving one edited file of a 50-file project: the merging save (PATCH's query, only that file) against the
 * full replace (PUT's query, every file sent and compared), alternating, on a throw-away PostgreSQL database
 * (TEST_DATABASE_URL). Run: `npx tsx --conditions=react-server bench/save-changes.ts`.
 */
import { performance } from "node:perf_hooks";
import { getProject, createProject, updateProjectFiles } from "../lib/server/projects/queries";
import { saveFileChanges } from "../lib/server/projects/save-changes";
import { examplesActor } from "../lib/server/projects/examples-owner";
import { openTestDatabase } from "../test/support/test-databases";
import { median } from "./bench-kit";

const fileCount = 50;
const fileBytes = 4096;
const rounds = 40;

const database = await openTestDatabase("pg");
try {
  const files = Array.from({ length: fileCount }, (_, i) => ({ path: `pkg/module_${i}.py`, content: "x".repeat(fileBytes), encoding: "utf8" as const }));
  const owner = await examplesActor();
  const project = await createProject(owner, { title: "Bench saves", files });
  const merging: number[] = [];
  const replacing: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const edited = { ...files[0]!, content: `# ${round}\n${"y".repeat(fileBytes)}` };
    let revision = (await getProject(owner, project.id)).revision;
    let start = performance.now();
    await saveFileChanges(owner, project.id, { baseRevision: revision, upserts: [edited], deletes: [] });
    merging.push(performance.now() - start);
    revision += 1;
    start = performance.now();
    await updateProjectFiles(owner, project.id, revision, [{ ...edited, content: `# again ${round}` }, ...files.slice(1)]);
    replacing.push(performance.now() - start);
  }
  const [patch, put] = [median(merging), median(replacing)];
  console.log(`save one edited file of ${fileCount} x ${fileBytes / 1024} KB, PostgreSQL, median of ${rounds} alternating rounds`);
  console.log(`merging save (PATCH): ${patch.toFixed(2)} ms`);
  console.log(`full replace (PUT):   ${put.toFixed(2)} ms  (${(put / patch).toFixed(2)}x the merging save)`);
} finally {
  await database.close();
}
