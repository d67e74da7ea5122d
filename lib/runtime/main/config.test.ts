import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

const base = "http://example.test/";

describe("parseConfig", () => {
  it("reads inline TOML and inline JSON, keeping unknown keys", async () => {
    const toml = 'packages = ["numpy"]\nname = "demo"\n[files]\n"./a.txt" = "b.txt"\n';
    expect(await parseConfig(toml, base)).toEqual({ packages: ["numpy"], name: "demo", files: { "./a.txt": "b.txt" } });
    expect(await parseConfig('{"packages": ["x"]}', base)).toEqual({ packages: ["x"] });
    expect(await parseConfig("", base)).toEqual({});
  });

  it("rejects bad syntax and keys of the wrong type with a ConfigError", async () => {
    await expect(parseConfig("packages = [oops", base)).rejects.toThrow(/Invalid TOML/);
    await expect(parseConfig('{"packages": "numpy"}', base)).rejects.toBeInstanceOf(ConfigError);
    await expect(parseConfig('{"files": {"a": 1}}', base)).rejects.toThrow(/files/);
  });
});
