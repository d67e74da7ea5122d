import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, test } from "vitest";
import { acquireDataDirLock } from "./data-dir-lock";
import { currentProcessIdentity } from "./process-identity";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "pysandbox-lock-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const lockFile = () => join(dataDir, "app.lock");
const holderPid = () => JSON.parse(readFileSync(lockFile(), "utf8")).pid;

test("a second opener of a locked data folder is refused with a clear message", () => {
  const lock = acquireDataDirLock(dataDir);
  expect(() => acquireDataDirLock(dataDir)).toThrow(/in use by another app process \(pid \d+\).*DATA_DIR/);
  lock.release();
  acquireDataDirLock(dataDir).release();
});

test("a lock left by a process that died is taken over, and nothing but the lock is left in the folder", () => {
  const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  writeFileSync(lockFile(), dead.stdout);
  const lock = acquireDataDirLock(dataDir);
  expect(holderPid()).toBe(process.pid);
  expect(readdirSync(dataDir)).toEqual(["app.lock"]);
  lock.release();
  expect(existsSync(lockFile())).toBe(false);
});

test("a lock left by an earlier life of our own pid (PID 1 in a restarted container) is taken over", () => {
  const earlier = { ...currentProcessIdentity(), startTicks: "1" };
  writeFileSync(lockFile(), JSON.stringify(earlier));
  acquireDataDirLock(dataDir).release();
  writeFileSync(lockFile(), JSON.stringify({ ...currentProcessIdentity(), bootId: "an-earlier-boot" }));
  acquireDataDirLock(dataDir).release();
  writeFileSync(lockFile(), String(process.pid));
  acquireDataDirLock(dataDir).release();
});

test("a live process whose pid was reused is told apart from the lock's dead holder", () => {
  const reused = { ...currentProcessIdentity(), pid: process.ppid, startTicks: "1" };
  writeFileSync(lockFile(), JSON.stringify(reused));
  acquireDataDirLock(dataDir).release();
});

const childScript = fileURLToPath(new URL("../../test/support/data-dir-lock.child.ts", import.meta.url));

/** Starts `count` processes, and once every one is ready, lets them all try the lock at once. */
async function race(count: number): Promise<{ outputs: string[]; releaseAll(): Promise<void> }> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", childScript, dataDir], {
      stdio: ["pipe", "pipe", "inherit"],
    }),
  );
  const closed = children.map((child) => new Promise((resolve) => child.on("close", resolve)));
  const lines = children.map((child) => {
    const queue: string[] = [];
    const waiting: ((line: string) => void)[] = [];
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let end = buffered.indexOf("\n"); end >= 0; end = buffered.indexOf("\n")) {
        const line = buffered.slice(0, end).trim();
        buffered = buffered.slice(end + 1);
        const taker = waiting.shift();
        if (taker) taker(line);
        else queue.push(line);
      }
    });
    return () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise<string>((resolve) => waiting.push(resolve)));
  });
  expect(await Promise.all(lines.map((next) => next()))).toEqual(children.map(() => "ready"));
  for (const child of children) child.stdin.write("go\n");
  const outputs = await Promise.all(lines.map((next) => next()));
  return {
    outputs,
    releaseAll: async () => {
      for (const child of children) child.stdin.end();
      await Promise.all(closed);
    },
  };
}

test.each([
  ["a free folder", () => {}],
  ["a stale lock", () => writeFileSync(lockFile(), JSON.stringify({ ...currentProcessIdentity(), startTicks: "1" }))],
])("of processes racing for %s, exactly one takes the lock", async (_, prepare) => {
  prepare();
  const { outputs, releaseAll } = await race(6);
  try {
    expect(outputs.filter((o) => o === "taken")).toHaveLength(1);
    for (const refusal of outputs.filter((o) => o !== "taken")) expect(refusal).toMatch(/in use by another app process/);
  } finally {
    await releaseAll();
  }
  expect(existsSync(lockFile())).toBe(false);
});

test("the lock folder is created when missing", () => {
  const nested = join(dataDir, "a", "b");
  acquireDataDirLock(nested).release();
  expect(existsSync(nested)).toBe(true);
});
