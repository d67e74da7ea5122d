import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { e2eServer } from "../server-config";
import { createProject } from "../support/projects";
import { pyscriptPage } from "./project";
import { zip } from "./zip";

/**
 * `packages = ["name"]` on Pyodide, from the server's local package folder (PYODIDE_PACKAGES_DIR). That folder
 * is server configuration, so this spec starts its own server with one: a Pyodide lock file naming a wheel
 * the test builds, with its checksum. Pyodide-only: MicroPython installs wheels by URL (config.spec.ts).
 */
// One server for the file: both tests in one worker, in order.
test.describe.configure({ mode: "serial" });

const port = e2eServer.port + 50;
const appOrigin = `http://localhost:${port}`;
let server: ChildProcess;

test.beforeAll(async () => {
  const packages = mkdtempSync(join(tmpdir(), "pyodide-packages-"));
  const wheel = zip({
    "localpkg/__init__.py": "def hello():\n    return 'hello from the local package folder'\n",
    "localpkg-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: localpkg\nVersion: 1.0\n",
    "localpkg-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    "localpkg-1.0.dist-info/RECORD": "",
  });
  const fileName = "localpkg-1.0-py3-none-any.whl";
  writeFileSync(join(packages, fileName), wheel);
  const lock = JSON.parse(readFileSync("node_modules/pyodide/pyodide-lock.json", "utf8"));
  lock.packages.localpkg = {
    name: "localpkg",
    version: "1.0",
    file_name: fileName,
    install_dir: "site",
    sha256: createHash("sha256").update(wheel).digest("hex"),
    package_type: "package",
    imports: ["localpkg"],
    depends: [],
    unvendored_tests: false,
    tool: {},
  };
  writeFileSync(join(packages, "pyodide-lock.json"), JSON.stringify(lock));
  server = spawn(process.execPath, ["dist/server.mjs"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: mkdtempSync(join(tmpdir(), "pysandbox-packages-")),
      PYODIDE_PACKAGES_DIR: packages,
    },
    stdio: "ignore",
  });
  await expect.poll(() => fetch(`${appOrigin}/api/health`).then((r) => r.ok, () => false), { timeout: 60_000 }).toBe(true);
});

test.afterAll(() => {
  server?.kill();
});

test("a Pyodide package named in config loads from the local package folder", async ({ page, request }) => {
  const html = pyscriptPage(`<script type="py" id="s" config='{"packages": ["localpkg"]}'>
    from pyscript import display
    import localpkg
    display(localpkg.hello())
</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  await expect(page.locator("#s + script-py")).toHaveText("hello from the local package folder");
});

test("a name in neither index nor folder is an error naming it", async ({ page, request }) => {
  const html = pyscriptPage(`<script type="py" config='{"packages": ["localpkg", "missing-pkg"]}'>print("never")</script>`);
  const { url } = await createProject(request, [{ path: "index.html", content: html }], { appOrigin });
  await page.goto(url);
  await expect(page.locator(".py-error")).toContainText("'missing-pkg' not found");
});
