import { describe, expect, test } from "vitest";
import { appPageHeaders as headersWithPolicy, projectPageOf } from "./app-page-headers";

const policy = { nonce: "bm9uY2U=", previewFrames: "http://*.preview.localhost:3000", dev: false };
const appPageHeaders = (path: string, isolated: boolean | null) => headersWithPolicy(path, isolated, policy);
const frameAncestors = (path: string) => /frame-ancestors ([^;]+)$/.exec(String(appPageHeaders(path, null)["content-security-policy"]))?.[1];

describe("app page headers", () => {
  test("only /embed/<slug> may be framed by any origin", () => {
    expect(frameAncestors("/embed/hello-1a2b3c4d")).toBe("*");
    for (const path of ["/", "/p/hello-1a2b3c4d", "/account", "/embed", "/embed/x/y", "/api/projects", "/_next/static/a.js", "/oembed"]) {
      expect(frameAncestors(path), path).toBe("'self'");
    }
  });

  test("a project page is isolated unless its project is known to have isolation off", () => {
    expect(appPageHeaders("/p/hello-1a2b3c4d", true)["cross-origin-embedder-policy"]).toBe("require-corp");
    expect(appPageHeaders("/p/hello-1a2b3c4d", null)["cross-origin-embedder-policy"]).toBe("require-corp");
    expect(appPageHeaders("/p/hello-1a2b3c4d", false)).not.toHaveProperty("cross-origin-embedder-policy");
    expect(appPageHeaders("/embed/hello-1a2b3c4d", false)).not.toHaveProperty("cross-origin-opener-policy");
    expect(appPageHeaders("/", null)).not.toHaveProperty("cross-origin-embedder-policy");
    expect(appPageHeaders("/p/hello/settings", null)["cross-origin-embedder-policy"]).toBe("require-corp");
    expect(appPageHeaders("/v/hello", null)["cross-origin-embedder-policy"]).toBe("require-corp");
  });

  test("scripts run from our own origin or with the response's nonce; frames come from the preview origins and the app (the share dialog's embed preview)", () => {
    const csp = String(appPageHeaders("/p/hello-1a2b3c4d", true)["content-security-policy"]);
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'wasm-unsafe-eval';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(csp).toContain("frame-src 'self' http://*.preview.localhost:3000;");
  });

  test("under `npm run dev` scripts may also evaluate code (React's development build, hot reloading), still with no inline script", () => {
    const csp = String(headersWithPolicy("/p/hello-1a2b3c4d", true, { ...policy, dev: true })["content-security-policy"]);
    expect(csp).toContain("script-src 'self' 'nonce-bm9uY2U=' 'wasm-unsafe-eval' 'unsafe-eval';");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test("project pages are recognised by their path", () => {
    expect(projectPageOf("/p/hello-1a2b3c4d")).toEqual({ kind: "editor", slug: "hello-1a2b3c4d" });
    expect(projectPageOf("/embed/hello-1a2b3c4d/")).toEqual({ kind: "embed", slug: "hello-1a2b3c4d" });
    expect(projectPageOf("/p/Not_A_Slug")).toBeNull();
    expect(projectPageOf("/p/")).toBeNull();
  });
});
