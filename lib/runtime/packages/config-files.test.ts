import { describe, expect, it } from "vitest";
import { expandFilePlaceholders } from "./config-files";

describe("expandFilePlaceholders", () => {
  it("substitutes placeholders, which may use each other, in urls and destinations (PyScript's example)", () => {
    const files = {
      "{DOMAIN}": "https://my-server.com",
      "{PATH}": "a/path",
      "{VERSION}": "1.2.3",
      "{FROM}": "{DOMAIN}/{PATH}/{VERSION}",
      "{TO}": "./my_module",
      "{FROM}/__init__.py": "{TO}/__init__.py",
      "./data.csv": "",
    };
    expect(expandFilePlaceholders(files)).toEqual([
      ["https://my-server.com/a/path/1.2.3/__init__.py", "./my_module/__init__.py"],
      ["./data.csv", ""],
    ]);
  });

  it("leaves an undefined placeholder as written and refuses one that refers to itself", () => {
    expect(expandFilePlaceholders({ "{X}/a.py": "a.py" })).toEqual([["{X}/a.py", "a.py"]]);
    expect(() => expandFilePlaceholders({ "{A}": "{B}", "{B}": "{A}/x", "{A}/f": "f" })).toThrow("refers to itself");
  });
});
