import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { engines, openPage, pyscriptPage, recordRuntimeEvents, waitForAllDone } from "./project";
import { zip } from "./zip";

/** A pure-Python wheel, built here so the test depends on nothing but itself. */
const wheel = zip({
  "greeter/__init__.py": "def greet(name):\n    return 'hello ' + name + ' from a wheel'\n",
  "greeter-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: greeter\nVersion: 1.0\n",
  "greeter-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
  "greeter-1.0.dist-info/RECORD": "",
});

const usesConfig = `
    from pyscript import display, config
    import greeter
    with open("copied.txt") as f:
        display(f.read().strip() + " / " + greeter.greet("config") + " / " + ",".join(config["packages"]))
`;

for (const engine of engines) {
  test.describe(`config on ${engine.name}`, () => {
    test("config attribute (TOML file): files (with placeholders) are copied and a wheel by URL is installed before code runs", async ({ page, request }) => {
      // With PyScript's placeholders: a `{NAME}` key is substituted into the other entries.
      const toml = `packages = ["./greeter-1.0-py3-none-any.whl"]\n\n[files]\n"{DATA}" = "./data"\n"{DATA}/source.txt" = "copied.txt"\n`;
      const html = pyscriptPage(`<script type="${engine.type}" config="./pyscript.toml" id="s">${usesConfig}</script>`);
      const { url } = await createProject(request, [
        { path: "index.html", content: html },
        { path: "pyscript.toml", content: toml },
        { path: "data/source.txt", content: "file content\n" },
        { path: "greeter-1.0-py3-none-any.whl", content: wheel },
      ]);
      await page.goto(url);
      await expect(page.locator("#s + .py-output")).toHaveText(
        "file content / hello config from a wheel / ./greeter-1.0-py3-none-any.whl",
      );
    });

    test(`<${engine.prefix}-config> with inline JSON works the same`, async ({ page, request }) => {
      const json = JSON.stringify({ packages: ["./greeter-1.0-py3-none-any.whl"], files: { "./data/source.txt": "copied.txt" } });
      const html = pyscriptPage(`<${engine.prefix}-config>${json}</${engine.prefix}-config>
<script type="${engine.type}" id="s">${usesConfig}</script>`);
      const { url } = await createProject(request, [
        { path: "index.html", content: html },
        { path: "data/source.txt", content: "inline json\n" },
        { path: "greeter-1.0-py3-none-any.whl", content: wheel },
      ]);
      await page.goto(url);
      await expect(page.locator("#s + .py-output")).toContainText("inline json / hello config from a wheel");
    });

    test("an unknown package is a clear error naming it, without going to the internet", async ({ page, request }) => {
      const outside: string[] = [];
      await page.route(/^https?:\/\/(?!([a-z0-9-]+\.)*localhost[:/])/, (route) => {
        outside.push(route.request().url());
        return route.abort();
      });
      const html = pyscriptPage(`<script type="${engine.type}" config='{"packages": ["no-such-package-xyz"]}'>print("never")</script>`);
      await openPage(page, request, html);
      await expect(page.locator(".py-error")).toContainText("no-such-package-xyz");
      expect(outside).toEqual([]);
    });

    test("a config that is not valid TOML is reported on the page", async ({ page, request }) => {
      const html = pyscriptPage(`<${engine.prefix}-config>packages = [oops</${engine.prefix}-config>
<script type="${engine.type}">print("never")</script>
<script type="${engine.type}">print("never either")</script>`);
      const { url } = await createProject(request, [{ path: "index.html", content: html }]);
      await recordRuntimeEvents(page);
      await page.goto(url);
      await waitForAllDone(page);
      // Reported once, not once per script.
      await expect(page.locator(".py-error")).toHaveCount(1);
      await expect(page.locator(".py-error")).toContainText("Invalid TOML");
    });
  });
}
