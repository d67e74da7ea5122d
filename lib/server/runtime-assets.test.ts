import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const dist = mkdtempSync(join(tmpdir(), "runtime-dist-"));
const hash = "0123456789ab";
mkdirSync(join(dist, hash));
writeFileSync(join(dist, hash, "core.js"), "export {};\n");
writeFileSync(join(dist, "secret.txt"), "not a runtime file");
mkdirSync(join(dist, hash, "micropython"));
writeFileSync(join(dist, hash, "micropython", "micropython.mjs.gz"), gzipSync("export const precompressed = true;\n"));
vi.mock("./runtime-manifest", () => ({ runtimeDistDir: dist, runtimeManifest: () => ({ hash, files: ["core.js"] }) }));
const { serveRuntimeAsset } = await import("./runtime-assets");

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname).replace(/^\/_runtime\//, "");
    void serveRuntimeAsset(req, res, path).then((served) => served || res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_runtime/`;
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

  it("sends the build's gzipped copy to browsers that accept gzip, and the original to others", async () => {
    const url = `${base}${hash}/micropython/micropython.mjs`;
    const gzipped = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gzipped.headers.get("vary")).toBe("accept-encoding");
    expect(await gzipped.text()).toBe("export const precompressed = true;\n");
    const plain = await fetch(url, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toContain("loadMicroPython");
  });

  it("answers nothing for another hash, unknown files, or paths that climb out", async () => {
    for (const path of [`ffffffffffff/core.js`, `${hash}/nope.js`, `${hash}/../secret.txt`, `${hash}/pyodide/../../package.json`, `${hash}/pyodide/sub/x`]) {
      expect((await fetch(`${base}${path.replace(/\.\./g, "%2E%2E")}`)).status, path).toBe(404);
    }
  });
});
