import { describe, expect, it } from "vitest";
import { serviceWorkerRefusal } from "./service-worker-scope";
import { previewTarget } from "./version-path";

describe("previewTarget", () => {
  it.each([
    ["index.html", { kind: "draft", path: "index.html" }],
    ["app/v/1/x.js", { kind: "draft", path: "app/v/1/x.js" }],
    ["version/index.html", { kind: "draft", path: "version/index.html" }],
    ["latest.html", { kind: "draft", path: "latest.html" }],
    ["v/1/index.html", { kind: "version", ref: 1, path: "index.html" }],
    ["v/12/dir/a.py", { kind: "version", ref: 12, path: "dir/a.py" }],
    ["latest/index.html", { kind: "version", ref: "latest", path: "index.html" }],
    ["v/3", { kind: "version-folder" }],
    ["latest", { kind: "version-folder" }],
  ])("%s", (path, target) => {
    expect(previewTarget(path)).toEqual(target);
  });

  it.each(["v", "v/0/index.html", "v/01/index.html", "v/-1/x", "v/1.5/x", "v/abc", "v/1234567890/x", "v/index.html"])(
    "%s names no version, with a message",
    (path) => {
      const target = previewTarget(path);
      expect(target.kind).toBe("no-version");
      expect(target.kind === "no-version" && target.message).toMatch(/\/v\//);
    },
  );
});

describe("serviceWorkerRefusal", () => {
  it("refuses project files whose scope could cover /v/ or /latest/", () => {
    expect(serviceWorkerRefusal({ kind: "draft", path: "sw.js" }, false)).toContain("/sw.js cannot be a service worker");
    expect(serviceWorkerRefusal({ kind: "version", ref: "latest", path: "sw.js" }, false)).toContain("/latest/sw.js");
  });

  it("allows built-ins, draft files in a folder and a version's own files", () => {
    expect(serviceWorkerRefusal({ kind: "draft", path: "sw.js" }, true)).toBeNull();
    expect(serviceWorkerRefusal({ kind: "version", ref: "latest", path: "mini-coi.js" }, true)).toBeNull();
    expect(serviceWorkerRefusal({ kind: "draft", path: "app/sw.js" }, false)).toBeNull();
    expect(serviceWorkerRefusal({ kind: "version", ref: 3, path: "sw.js" }, false)).toBeNull();
  });
});
