// `npm test`: makes sure Chromium and a PostgreSQL are there, builds, runs every runner (Vitest, then
// Playwright), and prints one summed last line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium } from "./test-chromium.mjs";
import { isListening, startThrowawayPostgres, unusableReason } from "./test-postgres.mjs";
import { playwrightCounts, summaryLine, vitestCounts } from "./test-summary.mjs";

const out = mkdtempSync(join(tmpdir(), "pysandbox-test-"));
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const stop = (message) => {
  console.error(`npm test: ${message}`);
  console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(1);
};

const missingChromium = ensureChromium();
if (missingChromium) stop(missingChromium);

// A PostgreSQL for the integration tests: TEST_DATABASE_URL, else the one answering on the probed port
// (5432 unless TEST_POSTGRES_PROBE_PORT says otherwise) if the `postgres` user can connect to it without a
// password and create databases, else a throw-away one started here. Administrative work (creating and
// dropping each test's database) goes through the `postgres` database, which every server has.
let throwaway = null;
const userDatabase = Boolean(process.env.TEST_DATABASE_URL);
if (!userDatabase) {
  const probePort = Number(process.env.TEST_POSTGRES_PROBE_PORT ?? 5432);
  const local = `postgresql://postgres@127.0.0.1:${probePort}/postgres`;
  const reason = (await isListening(probePort)) ? await unusableReason(local) : "nothing answers there";
  if (reason === null) {
    process.env.TEST_DATABASE_URL = local;
  } else {
    console.log(`npm test: the PostgreSQL on 127.0.0.1:${probePort} cannot be used (${reason}); starting a throw-away PostgreSQL`);
    throwaway = await startThrowawayPostgres().catch((error) => stop(`could not start a PostgreSQL: ${error.message}`));
    process.env.TEST_DATABASE_URL = throwaway.url;
  }
}

let counts;
try {
  counts = runEverything();
  // The path a fresh machine takes: when the run above used a PostgreSQL it found, the PostgreSQL
  // integration tests run once more on the throw-away server npm test starts where there is none.
  if (!throwaway && !userDatabase && process.env.TEST_THROWAWAY_POSTGRES !== "0" && counts.every((c) => c.failed === 0)) {
    counts.push(await runOnThrowawayPostgres());
  }
} finally {
  await throwaway?.stop();
}
console.log(summaryLine(...counts));
process.exit(counts.every((c) => c.failed === 0) ? 0 : 1);

function runEverything() {
  if (process.env.SKIP_BUILD !== "1" && run("node", ["scripts/build.mjs"]) !== 0) return [{ passed: 0, failed: 1, skipped: 0 }];

  const vitestFile = join(out, "vitest.json");
  const vitestStatus = run("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestFile}`]);
  const vitest = vitestCounts(readJson(vitestFile), vitestStatus);

  const playwrightFile = join(out, "playwright.json");
  const playwrightStatus = run("npx", ["playwright", "test"], { PW_JSON_OUTPUT: playwrightFile });
  return [vitest, playwrightCounts(readJson(playwrightFile), playwrightStatus)];
}

async function runOnThrowawayPostgres() {
  console.log("npm test: the PostgreSQL integration tests again, on a throw-away PostgreSQL");
  let server;
  try {
    server = await startThrowawayPostgres();
  } catch (error) {
    console.error(`npm test: could not start a throw-away PostgreSQL: ${error.message}`);
    return { passed: 0, failed: 1, skipped: 0 };
  }
  try {
    const file = join(out, "vitest-throwaway.json");
    // The fuzz test checks the HTTP boundary, not the database: it ran once above, and is the longest file.
    const args = ["vitest", "run", ".pg.test.ts", "--exclude", "app/api/fuzz.pg.test.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`];
    const status = run("npx", args, {
      TEST_DATABASE_URL: server.url,
    });
    return vitestCounts(readJson(file), status);
  } finally {
    await server.stop();
  }
}
