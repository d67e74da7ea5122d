import { describe, expect, it } from "vitest";
import type { PyConfig } from "../main/config";
import { packageKind, planPackages, remotePackage } from "./remote-package";

const page = "http://site.test/app/index.html";
const site = "/lib/python3.13/site-packages";

/** A loader over fixed configs, recording what it was asked for. */
function loader(configs: Record<string, PyConfig>) {
  const asked: string[] = [];
  const load = async (url: string) => {
    asked.push(url);
    const config = configs[url];
    if (!config) throw new Error(`unexpected ${url}`);
    return config;
  };
  return { asked, load };
}

describe("packageKind", () => {
  it("tells PyScript's forms of a packages entry apart", () => {
    expect(["numpy", "snowballstemmer>=2.2.0", "./w-1.0-py3-none-any.whl", "https://h/x", "emfs://./w.whl", "./pkg/config.toml", "https://h/c.json?v=1"].map(packageKind)).toEqual([
      "named",
      "named",
      "wheel",
      "wheel",
      "emfs",
      "remote",
      "remote",
    ]);
  });
});

describe("remotePackage", () => {
  it("puts its files below site-packages/<name>/, relative to the config URL, empty destinations keeping their path", () => {
    const config = { name: "my_package", files: { "./__init__.py": "", "./sub/module.py": "", "https://cdn.test/x/util.py": "", "./data.bin": "./assets/" } };
    expect(remotePackage("http://site.test/app/pkg/config.toml", config, site)).toEqual({
      name: "my_package",
      configUrl: "http://site.test/app/pkg/config.toml",
      files: [
        ["http://site.test/app/pkg/__init__.py", `${site}/my_package/__init__.py`],
        ["http://site.test/app/pkg/sub/module.py", `${site}/my_package/sub/module.py`],
        ["https://cdn.test/x/util.py", `${site}/my_package/`],
        ["http://site.test/app/pkg/data.bin", `${site}/my_package/assets/`],
      ],
    });
  });

  it("needs a name that Python can import, and says which config lacks it", () => {
    expect(() => remotePackage("http://site.test/pkg/config.toml", { files: {} }, site)).toThrow(
      'The remote package config http://site.test/pkg/config.toml needs a name, the package\'s import name (name = "my_package")',
    );
    expect(() => remotePackage("http://site.test/c.json", { name: "my-package" }, site)).toThrow('got "my-package"');
  });
});

describe("planPackages", () => {
  it("reads remote configs and their own packages relative to each config, once each even in a cycle", async () => {
    const { asked, load } = loader({
      "http://site.test/app/pkg/config.toml": { name: "pkg", packages: ["numpy", "./wheels/w-1.0-py3-none-any.whl", "../other/config.json"] },
      "http://site.test/app/other/config.json": { name: "other", packages: ["../pkg/config.toml", "numpy>=1.0"] },
    });
    const plan = await planPackages(["./pkg/config.toml", "numpy", "emfs://./x-1.0-py3-none-any.whl", "./pkg/config.toml"], page, site, load);
    expect(asked).toEqual(["http://site.test/app/pkg/config.toml", "http://site.test/app/other/config.json"]);
    expect(plan.named).toEqual(["numpy", "numpy>=1.0"]);
    expect(plan.wheels).toEqual(["http://site.test/app/pkg/wheels/w-1.0-py3-none-any.whl"]);
    expect(plan.emfs).toEqual(["./x-1.0-py3-none-any.whl"]);
    expect(plan.remote.map(({ name }) => name)).toEqual(["pkg", "other"]);
  });
});
