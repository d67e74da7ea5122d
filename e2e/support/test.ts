import { readFileSync } from "node:fs";
import { test as base, type BrowserContext } from "@playwright/test";
import { e2eServer } from "../server-config";

/**
 * The suite's `test`: its browser contexts are a returning visitor's, whose pages restore Pyodide from its
 * heap snapshot (lib/runtime/main/pyodide-snapshot-cache.ts) rather than starting it afresh and then
 * fetching the snapshot for next time, as a first visit does.
 *
 * A test context has an empty HTTP cache, so such a page downloads the snapshot at boot: the path of a
 * visitor whose cache evicted it. That is far cheaper than a first visit, which starts from the standard
 * library and then downloads the snapshot all the same. The first visit has its own tests:
 * e2e/runtime/pyodide-snapshot.spec.ts, and the differential suite, where PyScript starts afresh too.
 */
export const test = base.extend({
  context: async ({ context }, use) => {
    await asReturningVisitor(context);
    await use(context);
  },
});

export { expect } from "@playwright/test";

const runtimeHash = (JSON.parse(readFileSync("dist/runtime/manifest.json", "utf8")) as { hash: string }).hash;
const snapshotRecord = {
  key: "pysandbox:pyodide-snapshot",
  url: `http://runtime.preview.localhost:${e2eServer.port}/_runtime/${runtimeHash}/pyodide-snapshot.bin`,
};

/** Every preview page of `context` (each frame, before its scripts) starts with the record a first visit leaves. */
export async function asReturningVisitor(context: BrowserContext): Promise<void> {
  await context.addInitScript(({ key, url }) => {
    if (!location.hostname.endsWith(".preview.localhost")) return;
    try {
      localStorage.setItem(key, url);
    } catch {
      // An opaque origin (a sandboxed frame without same-origin) has no storage: it starts afresh.
    }
  }, snapshotRecord);
}
