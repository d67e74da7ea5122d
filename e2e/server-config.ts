import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The app the end-to-end tests start: its own port and a throw-away PGlite folder. */
const port = Number(process.env.E2E_PORT ?? 3123);
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), "pysandbox-e2e-"));
process.env.E2E_DATA_DIR = dataDir; // workers re-import this file: keep one folder per run

export const e2eServer = {
  port,
  appOrigin: `http://localhost:${port}`,
  previewOrigin: (slug: string) => `http://${slug}.preview.localhost:${port}`,
  // Every spec signs a user up from this one address: a production-like sign-up limit would stop the run.
  // A short body idle deadline keeps the slow-body attacks quick to test; a low minimum rate keeps the upload
  // that must stay above it cheap.
  // 50 projects an account, not 200: studio/quota.spec.ts fills one account to the limit through the API, and
  // the accounts of the other specs make far fewer (a few per test; the security specs share one owner).
  env: {
    PORT: String(port),
    DATA_DIR: dataDir,
    NODE_ENV: "production",
    SIGN_UP_LIMIT: "100000/60",
    BODY_IDLE_TIMEOUT: "3",
    BODY_MIN_RATE: "4096",
    USER_PROJECT_LIMIT: "50",
  },
};
