import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { pageHtml } from "../workers/matrix";
import { engines } from "../runtime/project";
import { zip } from "../runtime/zip";

const archive = zip({ "a.txt": "from the archive", "nested/b.txt": "deeper" });
const readBack = `from pyscript import document, RUNNING_IN_WORKER
where = "worker" if RUNNING_IN_WORKER else "main"
setattr(document.body.dataset, where, open("unpacked/a.txt").read() + " / " + open("unpacked/nested/b.txt").read())
`;

for (const engine of engines) {
  const configTag = engine.type === "py" ? "py-config" : "mpy-config";

  test(`${engine.name}: a .zip in files with a "folder/*" destination is unpacked there, main thread and worker`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<${configTag}>
[files]
"./data.zip" = "./unpacked/*"
</${configTag}>
<script type="${engine.type}" src="./read.py"></script>
<script type="${engine.type}" worker src="./read.py"></script>`),
      },
      { path: "data.zip", content: archive },
      { path: "read.py", content: readBack },
    ]);
    await page.goto(url);
    await expect(page.locator("body")).toHaveAttribute("data-main", "from the archive / deeper");
    await expect(page.locator("body")).toHaveAttribute("data-worker", "from the archive / deeper", { timeout: 60_000 });
  });

  test(`${engine.name}: a second, different config for one interpreter is an error naming it`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<${configTag}>name = "first"</${configTag}>
<${configTag} src="./second.toml"></${configTag}>
<script type="${engine.type}">print("never")</script>`),
      },
      { path: "second.toml", content: 'name = "second"\n' },
    ]);
    await page.goto(url);
    await expect(page.locator(".py-error")).toHaveText(
      `ConfigError: Only one config per interpreter: <${configTag} src="./second.toml"> is a second one (the first: <${configTag}>)`,
    );
  });

  test(`${engine.name}: interpreter names the local release or says which one there is`, async ({ page, request }) => {
    const { url } = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<script type="${engine.type}" src="./release.py"></script>
<script type="${engine.type}" worker config='{"interpreter": "0.0.1"}'>print("never")</script>`),
      },
      {
        path: "release.py",
        content: `from pyscript import document
document.body.dataset.main = "ran"
`,
      },
    ]);
    await page.goto(url);
    await expect(page.locator("body")).toHaveAttribute("data-main", "ran");
    const name = engine.name === "pyodide" ? "Pyodide" : "MicroPython";
    await expect(page.locator(".py-error")).toContainText(`InterpreterError: interpreter = "0.0.1" is not available here: this server has ${name} `, {
      timeout: 60_000,
    });
    const release = (await page.locator(".py-error").textContent())!.match(/use interpreter = "([^"]+)"/)![1]!;
    // The release the error names is accepted.
    const pinned = await createProject(request, [
      {
        path: "index.html",
        content: pageHtml(`<script type="${engine.type}" config='{"interpreter": "${release}"}'>
from pyscript import document
document.body.dataset.pinned = "yes"
</script>`),
      },
    ]);
    await page.goto(pinned.url);
    await expect(page.locator("body")).toHaveAttribute("data-pinned", "yes");
    await expect(page.locator(".py-error")).toHaveCount(0);
  });
}
