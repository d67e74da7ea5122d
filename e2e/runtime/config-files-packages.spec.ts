import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml } from "../workers/matrix";
import { engines } from "./project";
import { tarGz } from "./tar";
import { zip } from "./zip";

/** A pure-Python wheel of one module. */
function wheel(name: string, source: string): Buffer {
  const info = `${name}-1.0.dist-info`;
  return zip({
    [`${name}/__init__.py`]: source,
    [`${info}/METADATA`]: `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.0\n`,
    [`${info}/WHEEL`]: "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    [`${info}/RECORD`]: "",
  });
}

const archive = tarGz([
  { name: "./", type: "folder" },
  { name: "./a.txt", content: "from the tar" },
  { name: "./nested/", type: "folder" },
  { name: "./nested/b.txt", content: "deeper" },
  { name: "./empty/", type: "folder" },
  { name: "./link", type: "link" },
]);

/** Each script writes what it read to `data-main` or `data-worker` on the body. */
const report = (expression: string) => `from pyscript import document, RUNNING_IN_WORKER
import os
where = "worker" if RUNNING_IN_WORKER else "main"
setattr(document.body.dataset, where, ${expression})
`;

for (const engine of engines) {
  const configTag = `${engine.prefix}-config`;
  const bothSides = `<script type="${engine.type}" src="./read.py"></script>
<script type="${engine.type}" worker src="./read.py"></script>`;

  test(`${engine.name}: a .tar.gz in files is unpacked into "./data/*" and [[fetch]] entries are fetched, main thread and worker`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<${configTag}>
[files]
"./data.tar.gz" = "./data/*"

[[fetch]]
from = "./lib/"
files = ["helper.txt", "notes/readme.txt"]
to_folder = "./fetched"

[[fetch]]
from = "./single.txt"
to_file = "renamed.txt"
</${configTag}>
${bothSides}`),
      },
      { path: "data.tar.gz", content: archive },
      { path: "lib/helper.txt", content: "helper" },
      { path: "lib/notes/readme.txt", content: "readme" },
      { path: "single.txt", content: "single" },
      {
        path: "read.py",
        content: report(
          `" / ".join([open("data/a.txt").read(), open("data/nested/b.txt").read(), str(os.listdir("data/empty")), ` +
            `open("fetched/helper.txt").read(), open("fetched/notes/readme.txt").read(), open("renamed.txt").read()])`,
        ),
      },
    ]);
    await page.goto(url);
    const expected = "from the tar / deeper / [] / helper / readme / single";
    await expect(page.locator("body")).toHaveAttribute("data-main", expected);
    await expect(page.locator("body")).toHaveAttribute("data-worker", expected, { timeout: 60_000 });
  });

  for (const isolated of [true, false]) {
    test(`${engine.name}: a remote package config and an emfs:// wheel written by files are importable, main thread and worker (${isolated ? "isolated, fetched uncached with packages_cache = \"never\"" : "not isolated"})`, async ({ page, request }) => {
      // The remote config lists a wheel of its own, relative to the config's URL. The older opt-in flag
      // (experimental_remote_packages) changes nothing: one engine's page has it, the other's not.
      const remote = `name = "my_package"
packages = ["./wheels/dep-1.0-py3-none-any.whl"]
[files]
"./__init__.py" = ""
"./sub/module.py" = ""
`;
      const { url } = await createProject(request, [
        {
          path: "index.html",
          content: pageHtml(`<${configTag}>
packages = ["./pkg/config.toml", "emfs://./tool-1.0-py3-none-any.whl"]
packages_cache = "never"
${engine.name === "pyodide" ? "experimental_remote_packages = true\n" : ""}[files]
"./dist/tool-1.0-py3-none-any.whl" = "./tool-1.0-py3-none-any.whl"
</${configTag}>
${bothSides}`),
        },
        { path: "pkg/config.toml", content: remote },
        { path: "pkg/__init__.py", content: "NAME = 'my_package'\n" },
        { path: "pkg/sub/module.py", content: "import dep\n\ndef hello():\n    return 'module says ' + dep.WORD\n" },
        { path: "pkg/wheels/dep-1.0-py3-none-any.whl", content: wheel("dep", "WORD = 'hi'\n") },
        { path: "dist/tool-1.0-py3-none-any.whl", content: wheel("tool", "def tool():\n    return 'tool from emfs'\n") },
        {
          path: "read.py",
          content: `from my_package.sub import module
import my_package, tool
${report(`" / ".join([my_package.NAME, module.hello(), tool.tool()])`)}`,
        },
      ], { isolated });
      // packages_cache = "never": the package's files are fetched past the browser's cache (Chromium then sends no-cache).
      const packageRequests: Promise<[string, string | undefined]>[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/pkg/")) packageRequests.push(r.allHeaders().then((headers) => [new URL(r.url()).pathname, headers["cache-control"]]));
      });
      await page.goto(url);
      const expected = "my_package / module says hi / tool from emfs";
      await expect(page.locator("body")).toHaveAttribute("data-main", expected);
      await expect(page.locator("body")).toHaveAttribute("data-worker", expected, { timeout: 60_000 });
      const fetched = await Promise.all(packageRequests);
      expect(new Set(fetched.map(([path]) => path))).toEqual(new Set(["/pkg/config.toml", "/pkg/__init__.py", "/pkg/sub/module.py", "/pkg/wheels/dep-1.0-py3-none-any.whl"]));
      // Not isolated, a request may go through the service-worker fallback, and then Chromium reports the service
      // worker's own fetch, whose headers do not show the page's cache mode: check the headers where none is involved.
      if (isolated) expect(fetched.filter(([, cacheControl]) => cacheControl !== "no-cache")).toEqual([]);
    });
  }

  test(`${engine.name}: an archive entry escaping its folder, a remote config without a name and a missing emfs:// wheel are errors naming them`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<${configTag}>
[files]
"./bad.tar.gz" = "./data/*"
</${configTag}>
<script type="${engine.type}">print("never")</script>
<script type="${engine.type}" worker config='{"packages": ["./nameless/config.json"]}'>print("never")</script>
<script type="${engine.type}" worker config='{"packages": ["emfs://./missing-1.0-py3-none-any.whl"]}'>print("never")</script>`),
      },
      { path: "bad.tar.gz", content: tarGz([{ name: "ok.txt", content: "ok" }, { name: "../escape.txt", content: "x" }]) },
      { path: "nameless/config.json", content: JSON.stringify({ files: { "./__init__.py": "" } }) },
      { path: "nameless/__init__.py", content: "" },
    ]);
    await page.goto(url);
    await expect(page.locator(".py-error").filter({ hasText: "escape" })).toContainText(
      'ArchiveError: ./bad.tar.gz: the entry "../escape.txt" would be written outside the destination folder',
    );
    await expect(page.locator(".py-error").filter({ hasText: "nameless" })).toContainText(
      `ConfigError: The remote package config ${new URL("nameless/config.json", url).href} needs a name`,
      { timeout: 60_000 },
    );
    await expect(page.locator(".py-error").filter({ hasText: "emfs://" })).toContainText(
      "PackageError: emfs://./missing-1.0-py3-none-any.whl: no such file in the interpreter's file system",
      { timeout: 60_000 },
    );
  });

  test(`${engine.name}: a fetch entry or packages_cache of the wrong shape is a ConfigError naming it`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<${configTag}>
packages_cache = "always"
[[fetch]]
from = "./lib/"
files = ["a.py", "b.py"]
to_file = "c.py"
</${configTag}>
<script type="${engine.type}">print("never")</script>`),
      },
    ]);
    await page.goto(url);
    const error = page.locator(".py-error");
    await expect(error).toContainText('ConfigError: Invalid config: fetch.0: to_file names a single file, but {"from":"./lib/","files":["a.py","b.py"],"to_file":"c.py"} lists several in files');
    await expect(error).toContainText('packages_cache: must be "never" or "passthrough"');
  });
}
