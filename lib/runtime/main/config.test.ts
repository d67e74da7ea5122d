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

  it("accepts the runtime's flags with their documented types and names each key of a wrong type", async () => {
    const flags = 'plugins = ["!error"]\ndebug = true\nsync_main_only = false\nexperimental_create_proxy = "auto"\nexperimental_ffi_timeout = -1\n';
    expect(await parseConfig(flags, base)).toEqual({
      plugins: ["!error"],
      debug: true,
      sync_main_only: false,
      experimental_create_proxy: "auto",
      experimental_ffi_timeout: -1,
    });
    const wrong = '{"plugins": [1], "debug": "yes", "sync_main_only": 1, "experimental_create_proxy": "always", "experimental_ffi_timeout": "10"}';
    const error = await parseConfig(wrong, base).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(ConfigError);
    for (const key of ["plugins.0", "debug", "sync_main_only", "experimental_create_proxy", "experimental_ffi_timeout"]) {
      expect(error.message).toContain(`${key}: `);
    }
  });
});

describe("parseConfig: fetch and packages_cache", () => {
  it("accepts [[fetch]] entries and either packages_cache value", async () => {
    const toml = 'packages_cache = "never"\n[[fetch]]\nfrom = "./lib/"\nfiles = ["a.py"]\n[[fetch]]\nfrom = "./b.py"\n';
    expect(await parseConfig(toml, base)).toEqual({ packages_cache: "never", fetch: [{ from: "./lib/", files: ["a.py"] }, { from: "./b.py" }] });
    expect(await parseConfig('{"packages_cache": "passthrough"}', base)).toEqual({ packages_cache: "passthrough" });
  });

  it("rejects a wrong shape, naming the entry", async () => {
    await expect(parseConfig('{"packages_cache": "always"}', base)).rejects.toThrow('packages_cache: must be "never" or "passthrough"');
    await expect(parseConfig('{"fetch": [{"files": "a.py"}]}', base)).rejects.toThrow("fetch.0.files");
    await expect(parseConfig('{"fetch": [{"from": "./x/", "files": ["a", "b"], "to_file": "c"}]}', base)).rejects.toThrow(
      'fetch.0: to_file names a single file, but {"from":"./x/","files":["a","b"],"to_file":"c"} lists several in files',
    );
    await expect(parseConfig('{"fetch": [{"from": "./lib/"}]}', base)).rejects.toThrow('fetch.0: {"from":"./lib/"} names no file');
    await expect(parseConfig('{"fetch": {"from": "a.py"}}', base)).rejects.toBeInstanceOf(ConfigError);
  });
});
