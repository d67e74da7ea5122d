import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import { z } from "zod";

/** Why a distribution was refused; the operator reads `message`, and nothing was installed. */
export class DistributionError extends Error {
  override name = "DistributionError";
}

const lockSchema = z.object({
  info: z.looseObject({ abi_version: z.string().optional(), platform: z.string() }),
  packages: z.record(
    z.string(),
    z.looseObject({ file_name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._+-]*$/), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});
export type PyodideLock = z.infer<typeof lockSchema>;

export type InstallResult = { installed: string[]; notInArchive: string[] };

/**
 * The sha256 of the archive, or of its `pyodide-lock.json`, as the operator learned it from somewhere other
 * than the archive (a release page, Pyodide's CDN). Without one the install is only consistent with itself.
 */
export type ExpectedHashes = { archive?: string; lock?: string };

/**
 * Fills the local package folder from a Pyodide distribution archive (a URL or a path; anything `tar` can
 * read, such as Pyodide's own `.tar.bz2`). Every file is checked against the distribution's
 * `pyodide-lock.json` (sha256) before anything is written, and one mismatch refuses the whole archive.
 * A lock from the archive itself proves only that the files belong together; `expected` makes the archive (or
 * the lock, and so every file it lists) the one the operator meant. Plain http:// needs one: anybody on the
 * path could replace archive and lock together.
 * Only the lock file and the files it lists are installed: the interpreter itself stays ours, so the
 * distribution must be built for the same ABI as our Pyodide.
 */
export async function installDistribution(
  source: string,
  target: string,
  ours: PyodideLock["info"],
  expected: ExpectedHashes = {},
): Promise<InstallResult> {
  if (/^http:\/\//i.test(source) && !expected.archive && !expected.lock) {
    throw new DistributionError(
      `Refused: ${source} is plain http://, which anybody on the way can change. Use https://, or give the archive's sha256 (--sha256=<hex>) or its lock's (--lock-sha256=<hex>).`,
    );
  }
  const work = await mkdtemp(join(tmpdir(), "pyodide-distribution-"));
  try {
    const archive = /^https?:\/\//i.test(source) ? await download(source, join(work, "archive")) : resolve(source);
    if (expected.archive) checkExpected("The archive", await sha256(archive), expected.archive);
    const root = join(work, "extracted");
    await mkdir(root);
    await promisify(execFile)("tar", ["-xf", archive, "-C", root]).catch((error: Error) => {
      throw new DistributionError(`Could not unpack ${source}: ${error.message.trim()}`);
    });
    const lockPath = await findLock(root);
    if (!lockPath) throw new DistributionError(`${source} holds no pyodide-lock.json: it is not a Pyodide distribution.`);
    const lockBytes = await readFile(lockPath);
    if (expected.lock) checkExpected("Its pyodide-lock.json", createHash("sha256").update(lockBytes).digest("hex"), expected.lock);
    const parsed = lockSchema.safeParse(JSON.parse(lockBytes.toString("utf8")));
    if (!parsed.success) throw new DistributionError(`pyodide-lock.json is not a Pyodide lock file: ${parsed.error.issues[0]?.message}`);
    const lock = parsed.data;
    const theirs = lock.info.abi_version ?? lock.info.platform;
    if (theirs !== (ours.abi_version ?? ours.platform)) {
      throw new DistributionError(
        `This distribution is built for ${theirs}, our Pyodide for ${ours.abi_version ?? ours.platform}: use the distribution of the same Pyodide version.`,
      );
    }
    const folder = join(lockPath, "..");
    const { verified, notInArchive } = await verifyFiles(folder, lock);
    await mkdir(target, { recursive: true });
    for (const name of verified) await copyFile(join(folder, name), join(target, name));
    // Last: the page reads the lock first, so it never lists a file that is not there yet.
    await copyFile(lockPath, join(target, "pyodide-lock.json"));
    return { installed: verified, notInArchive };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function checkExpected(what: string, actual: string, expected: string): void {
  if (actual !== expected.toLowerCase()) {
    throw new DistributionError(`Refused: ${what} has sha256 ${actual}, not the expected ${expected}. Nothing was installed.`);
  }
}

async function download(url: string, path: string): Promise<string> {
  const response = await fetch(url).catch((error: Error) => {
    throw new DistributionError(`Could not download ${url}: ${error.message}`);
  });
  if (!response.ok || !response.body) throw new DistributionError(`Could not download ${url}: HTTP ${response.status}`);
  // DOM and Node type the same web stream differently.
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), createWriteStream(path));
  return path;
}

/** The distribution's lock: at the top of the archive or one folder down (Pyodide's archives hold `pyodide/`). */
async function findLock(root: string): Promise<string | null> {
  for (const folder of [root, ...(await readdir(root, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(root, e.name))]) {
    const candidate = join(folder, "pyodide-lock.json");
    if ((await stat(candidate).catch(() => null))?.isFile()) return candidate;
  }
  return null;
}

async function verifyFiles(folder: string, lock: PyodideLock): Promise<{ verified: string[]; notInArchive: string[] }> {
  const verified: string[] = [];
  const notInArchive: string[] = [];
  const mismatched: string[] = [];
  for (const entry of Object.values(lock.packages)) {
    const path = join(folder, entry.file_name);
    if (!(await stat(path).catch(() => null))?.isFile()) {
      notInArchive.push(entry.file_name);
      continue;
    }
    if ((await sha256(path)) === entry.sha256) verified.push(entry.file_name);
    else mismatched.push(entry.file_name);
  }
  if (mismatched.length) {
    throw new DistributionError(
      `Refused: ${mismatched.join(", ")} ${mismatched.length === 1 ? "does" : "do"} not match the sha256 in pyodide-lock.json. Nothing was installed.`,
    );
  }
  return { verified, notInArchive };
}

async function sha256(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}
