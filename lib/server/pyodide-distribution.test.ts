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
const archives = new Map([["good.tar.bz2", good], ["tampered.tar.bz2", tampered]]);

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
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

describe("installDistribution", () => {
  it("installs the lock file and every wheel it lists, each matching its sha256, from a URL", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "packages-")), "pyodide-packages");
    const result = await installDistribution(`${base}good.tar.bz2`, target, ours);
    expect(result.installed.sort()).toEqual([...distributionWheels].sort());
    // Our own Pyodide's wheels are listed by the lock but absent from this small archive.
    expect(result.notInArchive.length).toBeGreaterThan(100);
    expect(readdirSync(target).sort()).toEqual([...distributionWheels, "pyodide-lock.json"].sort());
    const lock = JSON.parse(readFileSync(join(target, "pyodide-lock.json"), "utf8")) as PyodideLock;
    for (const name of ["greeter", "shout", "unused"]) expect(sha256(join(target, lock.packages[name]!.file_name))).toBe(lock.packages[name]!.sha256);
  });

  it("refuses an archive with a file that does not match the lock, naming it, and installs nothing", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "packages-")), "pyodide-packages");
    const install = installDistribution(`${base}tampered.tar.bz2`, target, ours);
    await expect(install).rejects.toThrow(DistributionError);
    await expect(install).rejects.toThrow("shout-1.0-py3-none-any.whl does not match the sha256 in pyodide-lock.json");
    expect(existsSync(target)).toBe(false);
  });

  it("refuses a distribution built for another Pyodide ABI, and what is not a distribution", async () => {
    const target = join(mkdtempSync(join(tmpdir(), "packages-")), "pyodide-packages");
    await expect(installDistribution(good, target, { ...ours, abi_version: "1999_0" })).rejects.toThrow("use the distribution of the same Pyodide version");
    await expect(installDistribution(`${base}missing.tar.bz2`, target, ours)).rejects.toThrow("HTTP 404");
    expect(existsSync(target)).toBe(false);
  });
});
