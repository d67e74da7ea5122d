import { expect, test } from "@playwright/test";
import { openWorkerPage } from "../workers/matrix";
import { engines } from "./project";

/** A page module registering plugin hooks, as PyScript's plugins guide writes one. */
const plugin = (body: string) => `<script type="module">
import { hooks } from "https://pyscript.net/releases/2024.8.1/core.js";
${body}
</script>`;

/**
 * Every page hook around the script `#main-script`: each appends its name to a Python list, the after-run
 * ones write the list to the page. The Async function hooks only finish when their own timer fires, so the
 * order shows they were awaited; the Async code hooks use top-level await.
 */
const mainHooks = plugin(`
window.pageLog = [];
const mine = (element) => element.id === "main-script";
const later = (run) => new Promise((resolve) => setTimeout(() => resolve(run()), 50));
hooks.main.onReady.add((wrap, element) => {
  if (!mine(element)) return;
  window.pageLog.push("onReady " + wrap.type + " " + element.id);
  wrap.run("order = ['onReady']");
});
hooks.main.onBeforeRun.add((wrap, element) => mine(element) && wrap.run("order.append('onBeforeRun')"));
hooks.main.onBeforeRunAsync.add((wrap, element) => mine(element) && later(() => wrap.run("order.append('onBeforeRunAsync')")));
hooks.main.codeBeforeRun.add("order.append('codeBeforeRun')");
hooks.main.codeBeforeRunAsync.add("import asyncio\\nawait asyncio.sleep(0)\\norder.append('codeBeforeRunAsync')");
hooks.main.codeAfterRun.add("order.append('codeAfterRun')");
hooks.main.codeAfterRunAsync.add("await asyncio.sleep(0)\\norder.append('codeAfterRunAsync')");
const show = "\\nfrom pyscript import document\\ndocument.getElementById('main-order').textContent = ','.join(order)";
hooks.main.onAfterRun.add((wrap, element) => mine(element) && wrap.run("order.append('onAfterRun')" + show));
hooks.main.onAfterRunAsync.add((wrap, element) => mine(element) && later(() => wrap.run("order.append('onAfterRunAsync')" + show)));`);

/**
 * The same in a worker. Worker hooks travel as source text, so they repeat their helper; the page's own
 * script reads the list through the worker's export (no `document` in a worker on a page without isolation).
 */
const workerHooks = plugin(`
hooks.worker.onReady.add((wrap, xworker) => wrap.run("order = ['onReady', '" + wrap.type + "', '" + typeof xworker.sync + "']"));
hooks.worker.onBeforeRun.add((wrap) => wrap.run("order.append('onBeforeRun')"));
hooks.worker.onBeforeRunAsync.add((wrap) => new Promise((resolve) => setTimeout(() => resolve(wrap.run("order.append('onBeforeRunAsync')")), 50)));
hooks.worker.codeBeforeRun.add("order.append('codeBeforeRun')");
hooks.worker.codeBeforeRunAsync.add("import asyncio\\nawait asyncio.sleep(0)\\norder.append('codeBeforeRunAsync')");
hooks.worker.codeAfterRun.add("order.append('codeAfterRun')");
hooks.worker.codeAfterRunAsync.add("await asyncio.sleep(0)\\norder.append('codeAfterRunAsync')");
hooks.worker.onAfterRun.add((wrap) => wrap.run("order.append('onAfterRun')"));
hooks.worker.onAfterRunAsync.add(async (wrap) => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  wrap.run("order.append('onAfterRunAsync')");
});`);

/**
 * Exposes `greet` to every worker the page starts, and keeps what `wrap` each call got and each `xworker`.
 * It exposes `greet` only when its own timer fires, after a MicroPython worker would have booted: the worker
 * can only call it at its first line because the hook's promise is awaited before the worker gets its code.
 */
const onWorkerGreets = plugin(`
window.onWorkerSaw = [];
window.xworkers = [];
hooks.main.onWorker.add(async (wrap, xworker) => {
  window.onWorkerSaw.push(wrap === null ? "wrap null" : "wrap " + typeof wrap);
  window.xworkers.push(xworker);
  await new Promise((resolve) => setTimeout(resolve, 500));
  xworker.sync.greet = (who) => "hello " + who + " from the plugin";
});`);

// As under PyScript, a script run asynchronously (the default) gets the Async hooks, one with async="false" the plain ones.
const setupOrder = "onReady,onBeforeRunAsync,codeBeforeRunAsync";
const teardownOrder = "codeAfterRunAsync,onAfterRunAsync";
const modes = [
  { isolated: true, name: "isolated" },
  { isolated: false, name: "not isolated" },
];

for (const engine of engines) {
  test(`the Async page hooks, awaited, run in order around a main-thread ${engine.name} script with top-level await, and no plain ones`, async ({ page, request }) => {
    await openWorkerPage(page, request, `${mainHooks}
<div id="main-order"></div>
<script type="${engine.type}" id="main-script">
import asyncio
await asyncio.sleep(0)
order.append("script")
</script>`, { isolated: true });
    await expect(page.locator("#main-order")).toHaveText(`${setupOrder},script,${teardownOrder}`, { timeout: 60_000 });
    expect(await page.evaluate(() => (window as unknown as { pageLog: string[] }).pageLog)).toEqual([`onReady ${engine.type} main-script`]);
  });

  test(`the plain page hooks run in order around a main-thread ${engine.name} script with async="false", and no Async ones`, async ({ page, request }) => {
    await openWorkerPage(page, request, `${mainHooks}
<div id="main-order"></div>
<script type="${engine.type}" id="main-script" async="false">
order.append("script")
</script>`, { isolated: true });
    await expect(page.locator("#main-order")).toHaveText("onReady,onBeforeRun,codeBeforeRun,script,codeAfterRun,onAfterRun", { timeout: 60_000 });
  });

  for (const mode of modes) {
    test(`the Async worker hooks, awaited, run in order inside a ${engine.name} worker around its script with top-level await, and no plain ones (${mode.name})`, async ({ page, request }) => {
      await openWorkerPage(page, request, `${workerHooks}
<div id="worker-order"></div>
<script type="${engine.type}" worker name="hooked">
import asyncio
await asyncio.sleep(0)
order.append("worker script")
def order_text():
    return ",".join(order)
__export__ = ["order_text"]
</script>
<script type="${engine.type}">
from pyscript import document, workers
hooked = await workers["hooked"]
document.getElementById("worker-order").textContent = await hooked.order_text()
</script>`, mode);
      await expect(page.locator("#worker-order")).toHaveText(
        `onReady,${engine.type},object,${setupOrder.replace("onReady,", "")},worker script,${teardownOrder}`,
        { timeout: 60_000 },
      );
    });

    test(`onWorker gets wrap null and an xworker whose sync.greet a ${engine.name} worker script and a PyWorker call before their code runs, and whose sync calls what they expose (${mode.name})`, async ({ page, request }) => {
      await openWorkerPage(page, request, `${onWorkerGreets}
<div id="from-script"></div><div id="from-pyworker"></div>
<script type="${engine.type}" worker>
from pyscript import document, sync
sync.shout = lambda text: text.upper() + " from the worker script"
document.getElementById("from-script").textContent = sync.greet("worker script")
</script>
<script type="${engine.type}">
from pyscript import PyWorker
PyWorker("./pyworker.py", type="${engine.name}")
</script>`, {
        ...mode,
        files: [{
          path: "pyworker.py",
          content: `from pyscript import document, sync
sync.shout = lambda text: text.upper() + " from the PyWorker"
document.getElementById("from-pyworker").textContent = sync.greet("PyWorker")
`,
        }],
      });
      await expect(page.locator("#from-script")).toHaveText("hello worker script from the plugin", { timeout: 60_000 });
      await expect(page.locator("#from-pyworker")).toHaveText("hello PyWorker from the plugin", { timeout: 60_000 });
      expect(await page.evaluate(() => (window as unknown as { onWorkerSaw: string[] }).onWorkerSaw)).toEqual(["wrap null", "wrap null"]);
      const shouted = await page.evaluate(() => {
        const { xworkers } = window as unknown as { xworkers: { sync: { shout(text: string): Promise<string> } }[] };
        return Promise.all(xworkers.map((xworker) => xworker.sync.shout("hi")));
      });
      expect(shouted.sort()).toEqual(["HI from the PyWorker", "HI from the worker script"]);
    });

    test(`a failing page or worker hook is a py-error naming it; that ${engine.name} script does not run, the next one does (${mode.name})`, async ({ page, request }) => {
      await openWorkerPage(page, request, `${plugin(`
hooks.main.onBeforeRunAsync.add(async (wrap, element) => {
  if (element.id === "doomed") throw new Error("the plugin is not configured");
});
hooks.worker.onBeforeRunAsync.add(async () => {
  throw new Error("no token in the worker");
});`)}
<div id="out"></div>
<script type="${engine.type}" id="doomed">
from pyscript import document
document.getElementById("out").append("doomed script ran. ")
</script>
<script type="${engine.type}" id="next">
from pyscript import document
document.getElementById("out").append("next script ran. ")
</script>
<script type="${engine.type}" worker>
from pyscript import document
document.getElementById("out").append("worker script ran. ")
</script>`, mode);
      const errors = page.locator(".py-error");
      await expect(errors.filter({ hasText: "hooks.main" })).toHaveText(
        "HookError: hooks.main.onBeforeRunAsync failed: Error: the plugin is not configured",
        { timeout: 60_000 },
      );
      await expect(errors.filter({ hasText: "hooks.worker" })).toHaveText(
        "HookError: hooks.worker.onBeforeRunAsync failed: Error: no token in the worker",
        { timeout: 60_000 },
      );
      // Both errors come after the point where their scripts would have run.
      await expect(page.locator("#out")).toHaveText("next script ran. ");
    });
  }

  test(`a failing onWorker hook is a py-error naming it; that ${engine.name} worker never runs its code, a later worker does`, async ({ page, request }) => {
    await openWorkerPage(page, request, `${plugin(`
let calls = 0;
hooks.main.onWorker.add(() => {
  if (++calls === 1) throw new Error("the first worker is refused");
});`)}
<div id="out"></div>
<script type="${engine.type}" worker>
from pyscript import document
document.getElementById("out").append("refused worker ran. ")
</script>
<script type="${engine.type}">
from pyscript import PyWorker
PyWorker("./allowed.py", type="${engine.name}")
</script>`, {
      isolated: true,
      files: [{ path: "allowed.py", content: `from pyscript import document\ndocument.getElementById("out").append("allowed worker ran. ")\n` }],
    });
    await expect(page.locator(".py-error")).toHaveText("HookError: hooks.main.onWorker failed: Error: the first worker is refused");
    // The worker script starts with the page, the PyWorker only once the main interpreter has loaded: had the
    // refused worker run its code anyway, its line would come first.
    await expect(page.locator("#out")).toHaveText("allowed worker ran. ", { timeout: 60_000 });
  });
}
