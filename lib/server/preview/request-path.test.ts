import { describe, expect, it } from "vitest";
import { parsePreviewPath } from "./request-path";

const pathOf = (target: string) => {
  const parsed = parsePreviewPath(target);
  if (!parsed.ok) throw new Error(`${target} was refused: ${parsed.message}`);
  return parsed.path;
};

describe("parsePreviewPath", () => {
  it("serves files whose names new writes refuse as unportable, for projects that stored them before that rule", () => {
    expect(["/aux.py", "/lib/nul.txt", "/com1/main.py"].map(pathOf)).toEqual(["aux.py", "lib/nul.txt", "com1/main.py"]);
  });

  it.each([
    ["/", "index.html"],
    ["/index.html", "index.html"],
    ["/main.py", "main.py"],
    ["/dir/", "dir/index.html"],
    ["/dir/sub/app.js", "dir/sub/app.js"],
    ["/main.py?v=3", "main.py"],
    ["/?x=/../..", "index.html"],
    ["/my%20file.txt", "my file.txt"],
    ["/caf%C3%A9.txt", "café.txt"],
    ["/a..b/c...txt", "a..b/c...txt"],
    ["/.well-known/x.json", ".well-known/x.json"],
    ["/%252e%252e/x", "%2e%2e/x"],
  ])("%s → %s", (target, path) => {
    expect(pathOf(target)).toBe(path);
  });

  it.each([
    "/../etc/passwd",
    "/a/../../etc/passwd",
    "/..",
    "/./index.html",
    "/%2e%2e/etc/passwd",
    "/%2E%2E/etc/passwd",
    "/a/%2e%2e/%2e%2e/etc/passwd",
    "/.%2e/x",
    "/%2e/x",
    "/..%5cetc%5cpasswd",
    "/a%5C..%5Cb",
    "/a\\b",
    "/..\\..\\windows",
    "/a%00.html",
    "/a\u0000.html",
    "/a%0a.html",
    "//etc/passwd",
    "/a//b",
    "/C:/Windows/win.ini",
    "/a%2f..%2fb",
    "/%E0%A4%A",
    "http://evil.test/index.html",
    "*",
    "",
    `/${"a".repeat(300)}`,
  ])("refuses %j", (target) => {
    expect(parsePreviewPath(target)).toMatchObject({ ok: false });
  });
});
