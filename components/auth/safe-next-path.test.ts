import { describe, expect, it } from "vitest";
import { safeNextPath } from "./auth-errors";

describe("safeNextPath (where sign-in sends a person afterwards)", () => {
  it.each([
    ["/p/demo-1234abcd", "/p/demo-1234abcd"],
    ["/p/demo-1234abcd?fork=1", "/p/demo-1234abcd?fork=1"],
    ["/account#password", "/account#password"],
  ])("keeps the app path %s", (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r//evil.example",
    "/%09/evil.example/../..",
    "/.//evil.example",
    "/a/..//evil.example",
    "/%2e//evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j to the dashboard instead", (next) => {
    expect(safeNextPath(next)).toBe("/");
  });

  it("ignores a repeated parameter", () => {
    expect(safeNextPath(["/a", "/b"])).toBe("/");
  });
});
