import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

/** Runs prepare-database.child.ts as a separate app process, as a second instance would be. */
export type ChildResult = { code: number | null; stdout: string; stderr: string };

const childScript = fileURLToPath(new URL("./prepare-database.child.ts", import.meta.url));

export function runPrepareDatabase(env: { DATABASE_URL?: string; DATA_DIR?: string }): Promise<ChildResult> {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  // `server-only` is empty under the react-server condition, as in Next's server bundles.
  const args = ["--conditions=react-server", "--import", "tsx", childScript];
  const child = spawn(process.execPath, args, { env: { ...inherited, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
