import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rawGet } from "../../test/support/raw-http";

const dist = mkdtempSync(join(tmpdir(), "runtime-dist-"));
const hash = "0123456789ab";
mkdirSync(join(dist, hash));
writeFileSync(join(dist, hash, "core.js"), "export {};\n");
writeFileSync(join(dist, "secret.txt"), "not a runtime file");
mkdirSync(join(dist, hash, "python", "pyscript", "web"), { recursive: true });
writeFileSync(join(dist, hash, "python", "pyscript", "web", "__init__.py"), "page = None\n");
writeFileSync(join(dist, hash, "python", "pyscript", "web", ".hidden"), "a dotfile");
mkdirSync(join(dist, hash, "micropython"));
writeFileSync(join(dist, hash, "micropython", "micropython.mjs.gz"), gzipSync("export const precompressed = true;\n"));
// The build keeps its patched micropython.mjs uncompressed as well (scripts/micropython-module-patch.mjs).
writeFileSync(join(dist, hash, "micropython", "micropython.mjs"), "export const patched = true;\n");
const packages = join(mkdtempSync(join(tmpdir(), "runtime-packages-")), "pyodide-packages");
vi.stubEnv("PYODIDE_PACKAGES_DIR", packages);
vi.mock("./runtime-manifest", () => ({ runtimeDistDir: dist, runtimeManifest: () => ({ hash, files: ["core.js"] }) }));
const { serveRuntimeAsset } = await import("./runtime-assets");

let server: Server;
let port: number;
let base: string;

beforeAll(async () => {
  // The worst caller: it decodes the whole target at once, so `%2E%2E` arrives as `..` (the preview
  // server decodes segment by segment and refuses `..` itself, which would hide a hole here).
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0]!).replace(/^\/_runtime\//, "");
    serveRuntimeAsset(req, res, path).then(
      (served) => served || res.writeHead(404).end(),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}/_runtime/`;
});
afterAll(() => server.close());

describe("serveRuntimeAsset", () => {
  it("serves the bundle and the interpreters' files, immutable, wasm as application/wasm", async () => {
    const core = await fetch(`${base}${hash}/core.js`);
    expect(core.status).toBe(200);
    expect(core.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(core.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const wasm = await fetch(`${base}${hash}/micropython/micropython.wasm`, { method: "HEAD" });
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get("content-type")).toBe("application/wasm");
    expect(wasm.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("sends the build's gzipped copy to browsers that accept gzip, and its plain copy, not the package's, to others", async () => {
    const url = `${base}${hash}/micropython/micropython.mjs`;
    const gzipped = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toBe("accept-encoding");
    expect(await gzipped.text()).toBe("export const precompressed = true;\n");
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe("export const patched = true;\n");
  });

  it("revalidates the package index and the package folder's files: a 304 while unchanged, the new bytes once an operator installed them", async () => {
    const lockUrl = `${base}${hash}/pyodide/pyodide-lock.json`;
    const before = await fetch(lockUrl);
    expect(before.headers.get("cache-control")).toBe("no-cache");
    const etag = before.headers.get("etag")!;
    expect((await before.json()).packages).not.toHaveProperty("greeter");
    expect((await fetch(lockUrl, { headers: { "if-none-match": etag } })).status).toBe(304);

    mkdirSync(packages);
    writeFileSync(join(packages, "greeter-1.0-py3-none-any.whl"), "wheel bytes");
    writeFileSync(join(packages, "pyodide-lock.json"), JSON.stringify({ packages: { greeter: {} } }));
    const after = await fetch(lockUrl, { headers: { "if-none-match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await after.json()).packages).toHaveProperty("greeter");
    const wheel = await fetch(`${base}${hash}/pyodide/greeter-1.0-py3-none-any.whl`);
    expect(wheel.headers.get("cache-control")).toBe("no-cache");
    expect(await wheel.text()).toBe("wheel bytes");
    expect((await fetch(wheel.url, { headers: { "if-none-match": wheel.headers.get("etag")! } })).status).toBe(304);
  });

  it("serves a module of a Python package in a folder, __init__.py included, but no dotfile", async () => {
    const init = await fetch(`${base}${hash}/python/pyscript/web/__init__.py`);
    expect(init.status).toBe(200);
    expect(await init.text()).toBe("page = None\n");
    expect((await fetch(`${base}${hash}/python/pyscript/web/.hidden`)).status).toBe(404);
  });

  it("answers nothing for another hash, unknown files, or an engine folder with a subfolder", async () => {
    for (const path of [`ffffffffffff/core.js`, `${hash}/nope.js`, `${hash}/pyodide/sub/x`]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it.each([`${hash}/%2E%2E/secret.txt`, `${hash}/..%2Fsecret.txt`, `${hash}/pyodide/%2e%2e/%2e%2e/package.json`, `${hash}/micropython/..`])(
    "answers 404 and nothing from outside its folders for %s, sent as is",
    async (path) => {
      const res = await rawGet(port, "runtime.preview.localhost", `/_runtime/${path}`);
      expect(res.status).toBe(404);
      expect(res.text).not.toContain("not a runtime file");
      expect(res.text).not.toContain('"name"');
    },
  );

  it.each(["constructor", "toString", "valueOf", "hasOwnProperty"])(
    "answers 404 for an engine folder named %s (no lookup reaches Object.prototype)",
    async (name) => {
      expect((await fetch(`${base}${hash}/${name}/x`)).status).toBe(404);
    },
  );
});
