import "server-only";
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * PGlite has no lock of its own: a second process opening the same folder corrupts it. The app
 * therefore holds `<dataDir>/app.lock` (our pid) while it runs and refuses to start when a live
 * process holds it. A lock left by a process that died is taken over.
 */
export type DataDirLock = { release(): void };

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "app.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return { release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if (!isCode(error, "EEXIST")) throw error;
    }
    const holder = readHolderPid(lockPath);
    if (holder !== null && isAlive(holder)) {
      throw new Error(
        `The data folder ${dataDir} is in use by another app process (pid ${holder}). ` +
          "Stop it, or start this one with a different DATA_DIR.",
      );
    }
    removeIfPresent(lockPath);
  }
  throw new Error(`Could not take the lock on the data folder ${dataDir}; another process keeps racing for it.`);
}

function readHolderPid(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, "utf8"), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if (isCode(error, "ENOENT")) return null;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(error, "EPERM");
  }
}

function releaseIfOurs(lockPath: string): void {
  if (readHolderPid(lockPath) === process.pid) removeIfPresent(lockPath);
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isCode(error, "ENOENT")) throw error;
  }
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
