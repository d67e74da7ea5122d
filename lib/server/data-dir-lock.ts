import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { currentProcessIdentity, isProcessAlive, processIdentitySchema } from "./process-identity";

/**
 * PGlite has no lock of its own: a second process opening the same folder corrupts it. The app therefore
 * holds `<dataDir>/app.lock` while it runs and refuses to start while a live process holds it.
 *
 * Every step is atomic. The lock file appears whole (written aside, then hard-linked into place: link fails
 * if the name exists). A stale lock (its process is gone, or an earlier life of our own pid) is replaced
 * only by the one process that creates the takeover marker named after that stale file's exact contents;
 * the marker is itself such a lock, so a process that died while taking over is taken over in turn.
 */
export type DataDirLock = { release(): void };

const attempts = 50;
const retryDelayMs = 10;

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, "app.lock");
  const contents = JSON.stringify({ ...currentProcessIdentity(), nonce: randomBytes(8).toString("hex") });
  for (let attempt = 0; attempt < attempts; attempt++) {
    const outcome = tryLock(lockPath, contents);
    if (outcome.taken) return { release: () => releaseIfOurs(lockPath, contents) };
    if (outcome.holderPid !== null) {
      throw new Error(
        `The data folder ${dataDir} is in use by another app process (pid ${outcome.holderPid}). ` +
          "Stop it, or start this one with a different DATA_DIR.",
      );
    }
    sleep(retryDelayMs);
  }
  throw new Error(`Could not take the lock on the data folder ${dataDir}; another process keeps racing for it.`);
}

/** `holderPid`: a live process holds it. Neither taken nor held: someone else is taking it over; retry. */
type Outcome = { taken: true } | { taken: false; holderPid: number | null };

function tryLock(path: string, contents: string): Outcome {
  if (createWhole(path, contents)) return { taken: true };
  const stale = readIfPresent(path);
  if (stale === null) return { taken: false, holderPid: null };
  const holder = parseHolder(stale);
  if (holder && isProcessAlive(holder)) return { taken: false, holderPid: holder.pid };
  return { taken: takeOver(path, stale, contents), holderPid: null };
}

function takeOver(path: string, stale: string, contents: string): boolean {
  const marker = `${path}.takeover-${createHash("sha256").update(stale).digest("hex").slice(0, 16)}`;
  if (!tryLock(marker, contents).taken) return false;
  try {
    // Whoever took it over before us removed their marker only after replacing the stale file.
    if (readIfPresent(path) !== stale) return false;
    const aside = writeAside(path, contents);
    renameSync(aside, path);
    return true;
  } finally {
    removeIfPresent(marker);
  }
}

function createWhole(path: string, contents: string): boolean {
  const aside = writeAside(path, contents);
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if (isCode(error, "EEXIST")) return false;
    throw error;
  } finally {
    removeIfPresent(aside);
  }
}

function writeAside(path: string, contents: string): string {
  const aside = `${path}.${randomBytes(6).toString("hex")}.tmp`;
  writeFileSync(aside, contents, { flag: "wx" });
  return aside;
}

/** Our own format, or the bare pid that earlier versions wrote. */
function parseHolder(contents: string) {
  try {
    const parsed = processIdentitySchema.safeParse(JSON.parse(contents));
    if (parsed.success) return parsed.data;
  } catch {
    // not JSON
  }
  const pid = Number(contents.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  // A bare pid equal to ours can only be left by an earlier life of this pid.
  return { pid, bootId: null, startTicks: pid === process.pid ? "earlier life" : null };
}

function releaseIfOurs(path: string, contents: string): void {
  if (readIfPresent(path) === contents) removeIfPresent(path);
}

function readIfPresent(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    if (isCode(error, "ENOENT")) return null;
    throw error;
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isCode(error, "ENOENT")) throw error;
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
