import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPyodideDistribution, distributionWheels } from "../../e2e/support/pyodide-distribution";
import { DistributionError, installDistribution, type PyodideLock } from "./pyodide-distribution";

const ours = (JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8")) as PyodideLock).info;
const good = buildPyodideDistribution();
const tampered = buildPyodideDistribution({ tamper: "shout" });
const relocked = buildPyodideDistribution({ tamper: "shout", relock: true });
const archives = new Map([
  ["good.tar.bz2", good.archive],
  ["tampered.tar.bz2", tampered.archive],
  ["relocked.tar.bz2", relocked.archive],
]);

let server: Server;
let requests = 0;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests += 1;
    const archive = archives.get(basename(req.url ?? ""));
    if (!archive) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/x-bzip2" });
    createReadStream(archive).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => server.close());

const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const newTarget = () => join(mkdtempSync(join(tmpdir(), "packages-")), "pyodide-packages");

describe("installDistribution", () => {
  it("installs the lock file and every wheel it lists, each matching its sha256, from a URL with the archive's expected sha256", async () => {
    const target = newTarget();
    const result = await installDistribution(`${base}good.tar.bz2`, target, ours, { archive: good.sha256 });
    expect(result.installed.sort()).toEqual([...distributionWheels].sort());
    // Our own Pyodide's wheels are listed by the lock but absent from this small archive.
    expect(result.notInArchive.length).toBeGreaterThan(100);
    expect(readdirSync(target).sort()).toEqual([...distributionWheels, "pyodide-lock.json"].sort());
    const lock = JSON.parse(readFileSync(join(target, "pyodide-lock.json"), "utf8")) as PyodideLock;
    for (const name of ["greeter", "shout", "unused"]) expect(sha256(join(target, lock.packages[name]!.file_name))).toBe(lock.packages[name]!.sha256);
  });

  it("refuses an archive with a file that does not match the lock, naming it, and installs nothing", async () => {
    const target = newTarget();
    const install = installDistribution(`${base}tampered.tar.bz2`, target, ours, { archive: tampered.sha256 });
    await expect(install).rejects.toThrow(DistributionError);
    await expect(install).rejects.toThrow("shout-1.0-py3-none-any.whl does not match the sha256 in pyodide-lock.json");
    expect(existsSync(target)).toBe(false);
  });

  it("takes a re-locked archive (altered wheel, lock written to match) as consistent, and refuses it given the expected sha256 of the archive or of the lock", async () => {
    const unchecked = newTarget();
    await installDistribution(relocked.archive, unchecked, ours);
    expect(readFileSync(join(unchecked, "shout-1.0-py3-none-any.whl"), "utf8")).toContain("tampered");

    const target = newTarget();
    await expect(installDistribution(`${base}relocked.tar.bz2`, target, ours, { archive: good.sha256 })).rejects.toThrow(
      `Refused: The archive has sha256 ${relocked.sha256}, not the expected ${good.sha256}. Nothing was installed.`,
    );
    await expect(installDistribution(`${base}relocked.tar.bz2`, target, ours, { lock: good.lockSha256 })).rejects.toThrow(
      `Refused: Its pyodide-lock.json has sha256 ${relocked.lockSha256}, not the expected ${good.lockSha256}.`,
    );
    expect(existsSync(target)).toBe(false);
    // The lock's hash alone vouches for every file: the good archive passes with it.
    await installDistribution(`${base}good.tar.bz2`, target, ours, { lock: good.lockSha256.toUpperCase() });
    expect(readdirSync(target)).toContain("pyodide-lock.json");
  });

  it("refuses plain http:// without an expected sha256, before downloading anything", async () => {
    const target = newTarget();
    const before = requests;
    await expect(installDistribution(`${base}good.tar.bz2`, target, ours)).rejects.toThrow(
      `Refused: ${base}good.tar.bz2 is plain http://, which anybody on the way can change.`,
    );
    expect(requests).toBe(before);
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a distribution built for another Pyodide ABI, and what is not a distribution", async () => {
    const target = newTarget();
    await expect(installDistribution(good.archive, target, { ...ours, abi_version: "1999_0" })).rejects.toThrow("use the distribution of the same Pyodide version");
    await expect(installDistribution(`${base}missing.tar.bz2`, target, ours, { archive: good.sha256 })).rejects.toThrow("HTTP 404");
    expect(existsSync(target)).toBe(false);
  });
});
