import { expect, test } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "../runtime/project";

for (const engine of engines) {
  const { type, tag, prefix } = engine;

  test(`${engine.name}: current_target() follows PyScript's ids on the main thread and in a worker`, async ({ page, request }) => {
    const report = `from pyscript import current_target, display\ndisplay(current_target())`;
    await openWorkerPage(
      page,
      request,
      `<script type="${type}" id="first">${report}</script>
<${tag}>${report}</${tag}>
<div id="chosen"></div>
<script type="${type}" target="chosen">${report}</script>
<script type="${type}">${report}</script>
<script type="${type}" worker>
from pyscript import current_target, display
display(current_target(), target=current_target())
</script>`,
      { isolated: true },
    );
    // A script's own id does not matter: its output element is numbered; a <py-script> shows its own output.
    await expect(page.locator(`#first + script-py#${prefix}-0`)).toHaveText(`${prefix}-0`);
    await expect(page.locator(`${tag}#${prefix}-1`)).toHaveText(`${prefix}-1`);
    await expect(page.locator("#chosen")).toHaveText("chosen");
    await expect(page.locator(`script-py#${prefix}-2`)).toHaveText(`${prefix}-2`);
    await expect(page.locator(`script#${prefix}-w0[worker] + script-py#${prefix}-w0-target`)).toHaveText(`${prefix}-w0-target`, {
      timeout: 60_000,
    });
  });

  for (const isolated of [true, false]) {
    test(`${engine.name}: js_modules main and worker, each where PyScript documents it (${isolated ? "isolated" : "not isolated"})`, async ({ page, request }) => {
      const configTag = type === "py" ? "py-config" : "mpy-config";
      const attempt = (name: string) => `try:
    from pyscript.js_modules import ${name}
    results.append("${name}=" + str(${name}.describe()))
except ImportError as error:
    results.append("${name}: " + str(error))`;
      const code = (where: string) => `from pyscript import document, RUNNING_IN_WORKER
results = []
${attempt("pagemod")}
${attempt("workermod")}
setattr(document.body.dataset, "${where}", " | ".join(results))
`;
      await openWorkerPage(
        page,
        request,
        `<${configTag}>
[js_modules.main]
"./page-module.js" = "pagemod"
"./page-style.css" = "pagemod"
[js_modules.worker]
"./worker-module.js" = "workermod"
</${configTag}>
<p id="styled">styled</p>
<script type="${type}" src="./main.py"></script>
<script type="${type}" worker src="./worker.py"></script>`,
        {
          isolated,
          files: [
            { path: "page-module.js", content: 'export const describe = () => "page module, window: " + (typeof window);\n' },
            { path: "page-style.css", content: "#styled { color: rgb(1, 2, 3); }\n" },
            { path: "worker-module.js", content: 'export const describe = () => "worker module, window: " + (typeof window);\n' },
            { path: "main.py", content: code("main") },
            { path: "worker.py", content: code("worker") },
          ],
        },
      );
      const body = page.locator("body");
      await expect(body).toHaveAttribute(
        "data-main",
        "pagemod=page module, window: object | workermod: the JavaScript module 'workermod' is configured for workers only (js_modules.worker): list it under js_modules.main too",
      );
      await expect(body).toHaveAttribute(
        "data-worker",
        "pagemod=page module, window: object | workermod=worker module, window: undefined",
        { timeout: 60_000 },
      );
      await expect(page.locator("#styled")).toHaveCSS("color", "rgb(1, 2, 3)");
    });
  }
}
