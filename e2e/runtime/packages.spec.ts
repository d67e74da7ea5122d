import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { e2eServer } from "../server-config";
import { createProject } from "../support/projects";
import { buildPyodideDistribution, distributionWheels } from "../support/pyodide-distribution";
import { pyscriptPage, recordRuntimeEvents, waitForAllDone } from "./project";

/**
 * `packages = ["name"]` on Pyodide, from the server's local package folder, filled the way an operator fills
 * it: `npm run packages:install -- <archive URL>` against a small Pyodide distribution the test builds and
 * serves on loopback. The folder is server configuration (default `<DATA_DIR>/pyodide-packages`), so this
 * spec starts its own server on that data folder. Pyodide-only: MicroPython installs wheels by URL.
 */
test.describe.configure({ mode: "serial" });

const port = e2eServer.port + 50;
const appOrigin = `http://localhost:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "pysandbox-packages-"));
let archives: Server;
let archiveBase: string;
let server: ChildProcess;
const good = buildPyodideDistribution();
const tampered = buildPyodideDistribution({ tamper: "greeter" });

function installPackages(args: string[], env: Record<string, string>) {
  return promisify(execFile)("npx", ["tsx", "scripts/packages-install.ts", ...args], { env: { ...process.env, ...env } });
}

test.beforeAll(async () => {
  const files = new Map([
    ["good.tar.bz2", good.archive],
    ["tampered.tar.bz2", tampered.archive],
    ["relocked.tar.bz2", buildPyodideDistribution({ tamper: "greeter", relock: true }).archive],
  ]);
  archives = createServer((req, res) => {
    const file = files.get(basename(req.url ?? ""));
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "application/x-bzip2" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => archives.listen(0, "127.0.0.1", resolve));
  archiveBase = `http://127.0.0.1:${(archives.address() as AddressInfo).port}/`;
  server = spawn(process.execPath, ["dist/server.mjs"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATA_DIR: dataDir },
    stdio: "ignore",
  });
  // A first start migrates a new database: as long as playwright.config.ts gives the main server.
  test.setTimeout(120_000);
  await expect.poll(() => fetch(`${appOrigin}/api/health`).then((r) => r.ok, () => false), { timeout: 120_000 }).toBe(true);
});

test.afterAll(() => {
  server?.kill();
  archives?.close();
});

test("the installer refuses plain http:// without an expected sha256, a tampered distribution, and a re-locked one given the expected sha256, installing nothing", async () => {
  const otherData = mkdtempSync(join(tmpdir(), "pysandbox-packages-"));
  const refusals = [
    { args: [`${archiveBase}good.tar.bz2`], says: "is plain http://, which anybody on the way can change" },
    { args: [`--sha256=${good.sha256}`, `${archiveBase}relocked.tar.bz2`], says: `not the expected ${good.sha256}` },
    { args: [`--lock-sha256=${good.lockSha256}`, `${archiveBase}relocked.tar.bz2`], says: `not the expected ${good.lockSha256}` },
    { args: [`--sha256=${tampered.sha256}`, `${archiveBase}tampered.tar.bz2`], says: "greeter-1.0-py3-none-any.whl does not match the sha256 in pyodide-lock.json" },
  ];
  await Promise.all(
    refusals.map(({ args, says }) =>
      expect(installPackages(args, { DATA_DIR: otherData }), args.join(" ")).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(says) }),
    ),
  );
  expect(existsSync(join(otherData, "pyodide-packages"))).toBe(false);
});

test("a package installed while the server runs reaches the next page load, without a restart", async ({ page, request }) => {
  const html = pyscriptPage(`<script type="py" id="s" config='{"packages": ["greeter"]}'>
    from pyscript import display
    import greeter
    display(greeter.greet("ada"))
</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  await expect(page.locator(".py-error")).toContainText("Package 'greeter' is not available on this server", { timeout: 60_000 });

  const { stdout } = await installPackages([`--sha256=${good.sha256}`, `${archiveBase}good.tar.bz2`], { DATA_DIR: dataDir });
  expect(stdout).toContain(`Installed ${distributionWheels.length} package files`);
  expect(readdirSync(join(dataDir, "pyodide-packages")).sort()).toEqual([...distributionWheels, "pyodide-lock.json"].sort());
  // The same page, so the same browser cache: what the first load cached must not hide the install.
  await page.goto(url);
  await expect(page.locator("#s + script-py")).toHaveText("HELLO ADA!");
});

test("a version constraint is checked against the local package: one it meets loads it, one it does not is an error naming the entry", async ({ page, request }) => {
  const html = pyscriptPage(`<script type="py" id="s" config='{"packages": ["greeter >=1.0, <2", "shout~=1.0"]}'>
    from pyscript import display
    import greeter
    display(greeter.greet("bo"))
</script>
<script type="py" worker config='{"packages": ["greeter>=2.2.0"]}'>print("never")</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  await expect(page.locator("#s + script-py")).toHaveText("HELLO BO!");
  await expect(page.locator(".py-error")).toContainText(
    "PackageError: Package 'greeter>=2.2.0': this server has greeter 1.0, which does not satisfy >=2.2.0.",
    { timeout: 60_000 },
  );
});

test("a package that is not on the server fails at once, naming it and how an operator adds it", async ({ page, request }) => {
  await recordRuntimeEvents(page);
  const html = pyscriptPage(`<script type="py" config='{"packages": ["greeter", "missing-pkg"]}'>print("never")</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  const error = page.locator(".py-error");
  await expect(error).toContainText("Package 'missing-pkg' is not available on this server", { timeout: 15_000 });
  await expect(error).toContainText("npm run packages:install -- <Pyodide distribution archive>");
  await waitForAllDone(page);
});

test("a py-game script gets pygame-ce from the server and draws on #canvas, or on the canvas its target names", async ({ page, request }) => {
  const html = pyscriptPage(`<canvas id="canvas"></canvas><canvas id="board"></canvas>
<script type="py-game" id="first">
import pygame
from pyscript import display
display("drawing on " + pygame.canvas_id())
</script>
<script type="py-game" id="second" target="board">
import pygame
from pyscript import display
display("then on " + pygame.canvas_id())
</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  await expect(page.locator("#first + script-py")).toHaveText("drawing on canvas");
  await expect(page.locator("#second + script-py")).toHaveText("then on board");
  await expect(page.locator(".py-error")).toHaveCount(0);
});
