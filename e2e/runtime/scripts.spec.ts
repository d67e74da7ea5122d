import { expect, test } from "@playwright/test";
import { createProject } from "../support/projects";
import { engines, openPage, pyscriptPage, recordRuntimeEvents, runtimeEvents, waitForAllDone } from "./project";

for (const engine of engines) {
  test.describe(`scripts on ${engine.name}`, () => {
    test("inline and src scripts run in document order, with top-level await and lifecycle events", async ({ page, request }) => {
      const html = pyscriptPage(`
<div id="log"></div>
<script type="${engine.type}" id="first">
    from pyscript import document
    import asyncio
    await asyncio.sleep(0.05)  # top-level await: the next script must still wait for this one
    document.getElementById("log").append("1")
</script>
<script type="${engine.type}" id="second" src="./second.py"></script>
<${engine.tag} id="third">
    from pyscript import document
    document.getElementById("log").append("3")
</${engine.tag}>`);
      const { url } = await createProject(request, [
        { path: "index.html", content: html },
        { path: "second.py", content: 'from pyscript import document\ndocument.getElementById("log").append("2")\n' },
      ]);
      await recordRuntimeEvents(page);
      await page.goto(url);
      await waitForAllDone(page);
      await expect(page.locator("#log")).toHaveText("123");
      const events = await runtimeEvents(page);
      for (const id of ["first", "second", "third"]) {
        expect(events.indexOf(`py:ready@${id}`)).toBeGreaterThanOrEqual(0);
        expect(events.indexOf(`py:done@${id}`)).toBeGreaterThan(events.indexOf(`py:ready@${id}`));
      }
      if (engine.name === "micropython") expect(events).toContain("mpy:done@third");
      expect(events.indexOf("py:done@first")).toBeLessThan(events.indexOf("py:ready@second"));
      expect(events.at(-1)).toBe("py:all-done@window");
    });

    test("a progress bar shows while the interpreter loads and is gone when the code has run", async ({ page, request }) => {
      const html = pyscriptPage(`<script type="${engine.type}">print("hi")</script>`);
      const { url } = await createProject(request, [{ path: "index.html", content: html }]);
      await page.addInitScript(() => {
        new MutationObserver((records) => {
          for (const record of records) {
            for (const node of record.addedNodes) {
              if (node instanceof Element && node.matches(".py-loading[role=progressbar]")) document.documentElement.dataset.sawProgress = "yes";
            }
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await recordRuntimeEvents(page);
      await page.goto(url);
      await waitForAllDone(page);
      await expect(page.locator("html")).toHaveAttribute("data-saw-progress", "yes");
      await expect(page.locator(".py-loading")).toHaveCount(0);
    });

    test("a script with both src and inline code is an error on the page", async ({ page, request }) => {
      const html = pyscriptPage(`<script type="${engine.type}" src="./x.py">print("inline")</script>`);
      const { url } = await createProject(request, [
        { path: "index.html", content: html },
        { path: "x.py", content: "print('file')\n" },
      ]);
      await page.goto(url);
      await expect(page.locator(".py-error")).toContainText("both src=");
    });

    test("scripts added later run before py:all-done, and the target attribute (an id or a selector) picks the output element", async ({ page, request }) => {
      const html = pyscriptPage(`
<div id="here"></div><section><p class="slot"></p></section>
<script type="${engine.type}" target="section .slot">
    from pyscript import display
    display("by selector")
</script>
<script type="${engine.type}" target="here">
    from pyscript import display, document
    display("targeted")
    script = document.createElement("script")
    script.type = "${engine.type}"
    script.id = "added"
    script.textContent = "import asyncio\\nawait asyncio.sleep(0.05)\\nfrom pyscript import display\\ndisplay('added later', target='late')"
    late = document.createElement("div")
    late.id = "late"
    document.body.append(late, script)
</script>`);
      await recordRuntimeEvents(page);
      await openPage(page, request, html);
      await waitForAllDone(page);
      // py:all-done waits for the script added while the page's scripts were running.
      const events = await runtimeEvents(page);
      expect(events.indexOf("py:done@added")).toBeGreaterThan(-1);
      expect(events.indexOf("py:done@added")).toBeLessThan(events.indexOf("py:all-done@window"));
      await expect(page.locator("#here")).toHaveText("targeted");
      await expect(page.locator("section .slot")).toHaveText("by selector");
      await expect(page.locator("#late")).toHaveText("added later");
    });
  });
}
