import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { engines, openPage, pyscriptPage } from "./project";

/** Fails any request that leaves this machine: the runtime must work with no internet. */
async function blockInternet(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.context().route(/^https?:\/\/(?!([a-z0-9-]+\.)*localhost[:/])/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  return outside;
}

function hello(type: string, cdn: "pyscript.net" | "jsdelivr"): string {
  const body = `<script type="${type}" id="s">
    from pyscript import display
    display("offline ok")
</script>`;
  if (cdn === "pyscript.net") return pyscriptPage(body);
  return `<!doctype html><html><head>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@pyscript/core@0.7.31/dist/core.css">
<script type="module" src="https://cdn.jsdelivr.net/npm/@pyscript/core@0.7.31/dist/core.js"></script>
</head><body>${body}</body></html>`;
}

type ResourceEntry = { name: string; transferSize: number; decodedBodySize: number };

for (const engine of engines) {
  test.describe(`serving on ${engine.name}`, () => {
    test("a page with PyScript CDN URLs runs with no network, on the local runtime", async ({ page, request }) => {
      const outside = await blockInternet(page);
      for (const cdn of ["pyscript.net", "jsdelivr"] as const) {
        await openPage(page, request, hello(engine.type, cdn));
        await expect(page.locator("#s + .py-output")).toHaveText("offline ok");
      }
      expect(outside).toEqual([]);
    });

    test("the page's headers announce its interpreter: the browser requests it before core.js, and once", async ({ page, request }) => {
      const files = engine.name === "pyodide" ? ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"] : ["micropython.mjs", "micropython.wasm"];
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname.split("/").pop()!));
      const { url } = await createProject(request, [{ path: "index.html", content: hello(engine.type, "pyscript.net") }]);
      const response = await page.goto(url);
      await expect(page.locator("#s + .py-output")).toHaveText("offline ok");
      expect(response?.headers()["link"]).toContain(`/${files.at(-1)}>; rel=preload; as=fetch; crossorigin=anonymous`);
      const starts = await page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType("resource").map((e) => [new URL(e.name).pathname.split("/").pop()!, e.startTime])),
      );
      for (const file of files) {
        expect(starts[file], `${file} is requested no later than core.js`).toBeLessThanOrEqual(starts["core.js"]!);
        expect(requested.filter((name) => name === file), `${file} is requested once`).toHaveLength(1);
      }
    });

    test("a second project loads the runtime and interpreter from the browser cache", async ({ playwright, request }) => {
      // A real browser profile (disk cache): the default throw-away context keeps only a small in-memory cache
      // that never holds the 9.6 MB Pyodide wasm.
      const context = await playwright.chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "runtime-cache-")), {
        ...test.info().project.use.launchOptions,
      });
      try {
        const page = await context.newPage();
        const first = await createProject(request, [{ path: "index.html", content: hello(engine.type, "pyscript.net") }]);
        const second = await createProject(request, [{ path: "index.html", content: hello(engine.type, "pyscript.net") }]);
        const wasm = engine.name === "pyodide" ? "pyodide.asm.wasm" : "micropython.wasm";
        const wasmResponse = page.waitForResponse((response) => response.url().endsWith(`/${wasm}`));
        await page.goto(first.url);
        await expect(page.locator("#s + .py-output")).toHaveText("offline ok");
        const headers = (await wasmResponse).headers();
        expect(headers["content-type"]).toBe("application/wasm");
        expect(headers["cache-control"]).toBe("public, max-age=31536000, immutable");

        await page.goto(second.url);
        await expect(page.locator("#s + .py-output")).toHaveText("offline ok");
        const entries: ResourceEntry[] = await page.evaluate(() =>
          performance.getEntriesByType("resource").map((e) => {
            const r = e as PerformanceResourceTiming;
            return { name: r.name, transferSize: r.transferSize, decodedBodySize: r.decodedBodySize };
          }),
        );
        for (const file of ["core.js", "core.css", wasm]) {
          const entry = entries.find((e) => new URL(e.name).pathname.endsWith(`/${file}`));
          expect(entry, `${file} was requested`).toBeDefined();
          // transferSize 0 with a body: served from the HTTP cache, no request reached the server.
          expect(entry!.transferSize, `${file} came from cache`).toBe(0);
          expect(entry!.decodedBodySize).toBeGreaterThan(0);
        }
      } finally {
        await context.close();
      }
    });
  });
}
