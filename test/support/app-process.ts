import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

/**
 * The built app (`node dist/server.mjs`, as `npm start` runs it) as a child process, for tests that need
 * real HTTP, several instances on one database, or a process to kill. Needs `node scripts/build.mjs` first.
 */
export type AppProcess = {
  pid: number;
  port: number;
  appOrigin: string;
  previewOrigin(slug: string): string;
  /** Everything the process wrote to stderr so far: a 5xx's stack trace lands here. */
  stderr(): string;
  /** Sends the signal and resolves when the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
};

export type AppProcessOptions = {
  port: number;
  /** A PostgreSQL database; without it the app opens PGlite in `dataDir` (a new temp folder if unset). */
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
};

/** One signing secret for every instance a test starts, as an operator would configure them. */
const sharedAuthSecret = `test-secret-${randomBytes(16).toString("hex")}`;

/** Starts the app and resolves once it listens (it prints its origin then). */
export async function startAppProcess(options: AppProcessOptions): Promise<AppProcess> {
  if (!existsSync("dist/server.mjs")) throw new Error("dist/server.mjs is missing: run `node scripts/build.mjs` first");
  const ownDataDir = options.dataDir ? null : mkdtempSync(join(tmpdir(), "pysandbox-app-"));
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, ["dist/server.mjs"], {
    env: {
      ...inherited,
      NODE_ENV: "production",
      PORT: String(options.port),
      DATA_DIR: options.dataDir ?? ownDataDir!,
      AUTH_SECRET: sharedAuthSecret,
      ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exited.then(() => ownDataDir && rmSync(ownDataDir, { recursive: true, force: true }));
  await listening(child, exited, () => stderr);
  const appOrigin = `http://localhost:${options.port}`;
  return {
    pid: child.pid!,
    port: options.port,
    appOrigin,
    previewOrigin: (slug) => `http://${slug}.preview.localhost:${options.port}`,
    stderr: () => stderr,
    kill: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

function listening(child: ChildProcess, exited: Promise<void>, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes("App:")) resolve();
    });
    void exited.then(() => reject(new Error(`the app exited before listening:\n${stdout}${stderr()}`)));
  });
}

/** A port nothing listens on now, for an app process of a test that may run beside others. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
