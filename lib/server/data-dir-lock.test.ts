import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { acquireDataDirLock } from "./data-dir-lock";

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), "pysandbox-lock-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

test("a second opener of a locked data folder is refused with a clear message", () => {
  const lock = acquireDataDirLock(dataDir);
  expect(() => acquireDataDirLock(dataDir)).toThrow(/in use by another app process \(pid \d+\).*DATA_DIR/);
  lock.release();
  acquireDataDirLock(dataDir).release();
});

test("a lock left by a process that died is taken over", () => {
  const dead = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  writeFileSync(join(dataDir, "app.lock"), dead.stdout);
  const lock = acquireDataDirLock(dataDir);
  expect(readFileSync(join(dataDir, "app.lock"), "utf8")).toBe(String(process.pid));
  lock.release();
  expect(existsSync(join(dataDir, "app.lock"))).toBe(false);
});

test("the lock folder is created when missing", () => {
  const nested = join(dataDir, "a", "b");
  acquireDataDirLock(nested).release();
  expect(existsSync(nested)).toBe(true);
});
