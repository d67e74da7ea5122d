import { describe, expect, test } from "vitest";
import { appPageHeaders, projectPageOf } from "./app-page-headers";

describe("app page headers", () => {
  test("only /embed/<slug> may be framed by any origin", () => {
    expect(appPageHeaders("/embed/hello-1a2b3c4d", true)["content-security-policy"]).toBe("frame-ancestors *");
    for (const path of ["/", "/p/hello-1a2b3c4d", "/account", "/embed", "/embed/x/y", "/api/projects", "/_next/static/a.js", "/oembed"]) {
      expect(appPageHeaders(path, null)["content-security-policy"], path).toBe("frame-ancestors 'self'");
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

  test("project pages are recognised by their path", () => {
    expect(projectPageOf("/p/hello-1a2b3c4d")).toEqual({ kind: "editor", slug: "hello-1a2b3c4d" });
    expect(projectPageOf("/embed/hello-1a2b3c4d/")).toEqual({ kind: "embed", slug: "hello-1a2b3c4d" });
    expect(projectPageOf("/p/Not_A_Slug")).toBeNull();
    expect(projectPageOf("/p/")).toBeNull();
  });
});
