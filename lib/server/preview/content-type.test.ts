import { describe, expect, it } from "vitest";
import { contentTypeFor } from "./content-type";

describe("contentTypeFor", () => {
  it.each([
    ["index.html", "text/html; charset=utf-8"],
    ["dir/page.HTM", "text/html; charset=utf-8"],
    ["app.js", "text/javascript; charset=utf-8"],
    ["mod.mjs", "text/javascript; charset=utf-8"],
    ["style.css", "text/css; charset=utf-8"],
    ["main.py", "text/x-python; charset=utf-8"],
    ["pyscript.toml", "application/toml; charset=utf-8"],
    ["config.json", "application/json; charset=utf-8"],
    ["lib.wasm", "application/wasm"],
    ["logo.svg", "image/svg+xml"],
    ["a.png", "image/png"],
    ["b.jpg", "image/jpeg"],
    ["b.jpeg", "image/jpeg"],
    ["c.gif", "image/gif"],
    ["d.webp", "image/webp"],
    ["favicon.ico", "image/x-icon"],
    ["notes.txt", "text/plain; charset=utf-8"],
    ["README.md", "text/markdown; charset=utf-8"],
  ])("%s → %s", (path, type) => {
    expect(contentTypeFor(path)).toBe(type);
  });

  it.each(["data.bin", "Makefile", ".env", "dir.js/file", "archive.tar.xz", "a.constructor", "a.__proto__"])("%s → application/octet-stream", (path) => {
    expect(contentTypeFor(path)).toBe("application/octet-stream");
  });
});
