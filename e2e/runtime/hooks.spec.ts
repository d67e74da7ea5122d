import { expect, test } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "./project";

/**
 * PyScript's plugin API: a page module imports `hooks` from core.js and registers each lifecycle hook. The
 * page hooks are JS functions and Python strings run around each main-thread script; the worker hooks travel
 * to the worker as source and run there around the worker's script. Each hook appends its name to a Python
 * list, and the last one writes the list to the page.
 */
const plugin = (type: string) => `<script type="module">
import { hooks } from "https://pyscript.net/releases/2024.8.1/core.js";
window.pageLog = [];
hooks.main.onReady.add((wrap, element) => {
  if (element.id !== "main-script") return;
  window.pageLog.push("onReady " + wrap.type + " " + element.id);
  wrap.run("order = ['onReady']");
});
hooks.main.onBeforeRun.add((wrap, element) => {
  if (element.id === "main-script") wrap.run("order.append('onBeforeRun')");
});
hooks.main.codeBeforeRun.add("if 'order' in globals(): order.append('codeBeforeRun')");
hooks.main.codeAfterRun.add("if 'order' in globals(): order.append('codeAfterRun')");
hooks.main.onAfterRun.add((wrap, element) => {
  if (element.id !== "main-script") return;
  wrap.run("order.append('onAfterRun')\\nfrom pyscript import document\\ndocument.getElementById('main-order').textContent = ','.join(order)");
});
hooks.worker.onReady.add((wrap, xworker) => wrap.run("order = ['onReady', '" + wrap.type + "', '" + typeof xworker.sync + "']"));
hooks.worker.onBeforeRun.add((wrap) => wrap.run("order.append('onBeforeRun')"));
hooks.worker.codeBeforeRun.add("order.append('codeBeforeRun')");
hooks.worker.codeAfterRun.add("order.append('codeAfterRun')");
hooks.worker.onAfterRun.add((wrap) =>
  wrap.run("order.append('onAfterRun')\\nfrom pyscript import document\\ndocument.getElementById('worker-order').textContent = ','.join(order)"),
);
</script>
<div id="main-order"></div><div id="worker-order"></div>
<script type="${type}" id="main-script">order.append("script")</script>`;

for (const engine of engines) {
  test(`every page hook runs around a main-thread ${engine.name} script, in order`, async ({ page, request }) => {
    await openWorkerPage(page, request, plugin(engine.type), { isolated: true });
    await expect(page.locator("#main-order")).toHaveText("onReady,onBeforeRun,codeBeforeRun,script,codeAfterRun,onAfterRun", { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { pageLog: string[] }).pageLog)).toEqual([`onReady ${engine.type} main-script`]);
  });

  test(`every worker hook runs inside a ${engine.name} worker around its script, in order`, async ({ page, request }) => {
    await openWorkerPage(page, request, `${plugin(engine.type)}
<script type="${engine.type}" worker>order.append("worker script")</script>`, { isolated: true });
    await expect(page.locator("#worker-order")).toHaveText(
      `onReady,${engine.type},object,onBeforeRun,codeBeforeRun,worker script,codeAfterRun,onAfterRun`,
      { timeout: 60_000 },
    );
  });
}
