import { describe, expect, it } from "vitest";
import { compareVersions, parseRequirement, unmetConstraint } from "./requirement";

const meets = (version: string, spec: string) => unmetConstraint(version, parseRequirement(`pkg${spec}`).constraints) === null;

describe("parseRequirement", () => {
  it("splits a name from its constraints, ignoring spaces and extras", () => {
    expect(parseRequirement("snowballstemmer")).toEqual({ name: "snowballstemmer", constraints: [] });
    expect(parseRequirement("snowballstemmer>=2.2.0")).toEqual({ name: "snowballstemmer", constraints: [{ operator: ">=", version: "2.2.0" }] });
    expect(parseRequirement(" numpy[extra] >= 1.20 , < 2 ")).toEqual({
      name: "numpy",
      constraints: [{ operator: ">=", version: "1.20" }, { operator: "<", version: "2" }],
    });
  });

  it("rejects what it cannot read, naming the entry", () => {
    expect(() => parseRequirement("pkg=>1.0")).toThrow("'pkg=>1.0': '=>1.0' is not a version constraint");
    expect(() => parseRequirement("pkg~=1")).toThrow("~= needs a version with at least two parts");
    expect(() => parseRequirement("pkg>=1.*")).toThrow("a * is allowed only after == or !=");
  });
});

describe("version constraints", () => {
  it("compares dotted numbers as numbers, a missing part counting as zero", () => {
    expect(compareVersions("2.10.0", "2.9.9")).toBe(1);
    expect(compareVersions("1.0", "1.0.0")).toBe(0);
    expect(compareVersions("1.0rc1", "1.0")).toBe(-1);
    expect(compareVersions("1.0.post1", "1.0")).toBe(1);
    expect(compareVersions("1.0b2", "1.0a5")).toBe(1);
  });

  it.each([
    ["2.2.0", "==2.2", true],
    ["2.2.1", "==2.2", false],
    ["2.2.1", "==2.2.*", true],
    ["2.3.0", "!=2.2.*", true],
    ["2.2.0", "!=2.2.0", false],
    ["2.2.0", ">=2.2.0", true],
    ["2.1.9", ">=2.2.0", false],
    ["2.2.0", "<=2.2", true],
    ["2.2.1", "<=2.2", false],
    ["2.9", ">2.10", false],
    ["2.11", ">2.10", true],
    ["1.9", "<2", true],
    ["2.0", "<2", false],
    ["2.5", "~=2.2", true],
    ["3.0", "~=2.2", false],
    ["1.4.9", "~=1.4.5", true],
    ["1.5.0", "~=1.4.5", false],
    ["1.4.4", "~=1.4.5", false],
    ["1.5", ">=1.0,<2,!=1.5", false],
  ])("%s meets %s: %s", (version, spec, expected) => {
    expect(meets(version, spec)).toBe(expected);
  });
});
