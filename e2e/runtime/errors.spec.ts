import { expect, test, type Page } from "@playwright/test";
import { e2eServer } from "../server-config";
import { createProject } from "../support/projects";
import { engines, openPage, pyscriptPage } from "./project";

const failing = (type: string) =>
  pyscriptPage(`
<script type="${type}">
    print("before the error")
    def inner():
        raise ValueError("something broke")
    inner()
</script>`);

/**
 * A page on `hostOrigin` that frames the preview and keeps every console-channel message it receives.
 * It is a real response from our server (the health endpoint): a page Playwright made up would count as a
 * public address, and Chromium's local-network checks would then refuse to frame the loopback preview.
 */
async function openFramed(page: Page, hostOrigin: string, previewUrl: string): Promise<void> {
  await page.goto(`${hostOrigin}/api/health`);
  await page.evaluate((src) => {
    const received: unknown[] = [];
    (window as unknown as { received: unknown[] }).received = received;
    addEventListener("message", (e) => received.push({ origin: e.origin, data: e.data }));
    const frame = document.createElement("iframe");
    frame.src = src;
    document.body.append(frame);
  }, previewUrl);
}

type Received = { origin: string; data: { channel: string; message: { type: string; text?: string; traceback?: string } } };

for (const engine of engines) {
  test.describe(`errors on ${engine.name}`, () => {
    test("an exception shows its full traceback on the page and in console.error", async ({ page, request }) => {
      const { url } = await createProject(request, [{ path: "index.html", content: failing(engine.type) }]);
      const errors: string[] = [];
      page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
      await page.goto(url);
      const block = page.locator(".py-error");
      await expect(block).toBeVisible();
      await expect(block).toContainText("Traceback (most recent call last)");
      await expect(block).toContainText("in inner");
      await expect(block).toContainText("ValueError: something broke");
      expect(errors.some((text) => text.includes("ValueError: something broke"))).toBe(true);
    });

    test("a traceback names the script the person wrote, with lines counted in its (dedented) code", async ({ page, request }) => {
      const html = pyscriptPage(`
<script type="${engine.type}">
    first = True
</script>
<script type="${engine.type}">

    import asyncio
    await asyncio.sleep(0)
    def inner():
        raise ValueError("inline broke")
    inner()
</script>
<script type="${engine.type}" src="main.py"></script>`);
      const main = "def broken():\n    raise KeyError('src broke')\n\nbroken()\n";
      const { url } = await createProject(request, [
        { path: "index.html", content: html },
        { path: "main.py", content: main },
      ]);
      await page.goto(url);
      const [inline, src] = [page.locator(".py-error").first(), page.locator(".py-error").nth(1)];
      // The first frame is the person's script: no frame of the engine's own code above it.
      await expect(inline).toHaveText(/^Traceback \(most recent call last\):\n {2}File "index\.html <script #2>", line 5, in <module>\n/);
      await expect(inline).toContainText('File "index.html <script #2>", line 4, in inner');
      await expect(inline).toContainText("ValueError: inline broke");
      // Pyodide prints each frame's source line for a name that is not a bare `<...>`.
      if (engine.name === "pyodide") await expect(inline).toContainText('    raise ValueError("inline broke")');
      await expect(src).toHaveText(/^Traceback \(most recent call last\):\n {2}File "main\.py", line 4, in <module>\n/);
      await expect(src).toContainText('File "main.py", line 2, in broken');
      await expect(src).toContainText("src broke");
    });

    test("an exception in an event handler, sync or async, is shown on the page too", async ({ page, request }) => {
      const html = pyscriptPage(`
<button id="sync">sync</button><button id="async">async</button>
<script type="${engine.type}">
    from pyscript import when, document
    import asyncio
    @when("click", "#sync")
    def on_sync(event):
        raise RuntimeError("handler failed")
    @when("click", "#async")
    async def on_async(event):
        await asyncio.sleep(0)
        raise KeyError("async handler failed")
    document.body.dataset.bound = "yes"
</script>`);
      await openPage(page, request, html);
      await expect(page.locator("body")).toHaveAttribute("data-bound", "yes");
      await page.click("#sync");
      await expect(page.locator(".py-error").first()).toContainText("RuntimeError: handler failed");
      await expect(page.locator(".py-error").first()).toContainText("on_sync");
      await page.click("#async");
      await expect(page.locator(".py-error").nth(1)).toContainText("async handler failed");
    });

    test("framed by the app, the runtime posts ready, stdout, error and done to the app origin", async ({ page, request }) => {
      const { slug, url } = await createProject(request, [{ path: "index.html", content: failing(engine.type) }]);
      await openFramed(page, e2eServer.appOrigin, url);
      await page.waitForFunction(() =>
        (window as unknown as { received: Received[] }).received.some((r) => r.data?.message?.type === "done"),
      );
      const received = await page.evaluate(() => (window as unknown as { received: Received[] }).received);
      expect(new Set(received.map((r) => r.origin))).toEqual(new Set([e2eServer.previewOrigin(slug)]));
      // Loading progress comes first and is checked in e2e/workers/progress.spec.ts.
      const messages = received.map((r) => r.data.message).filter((m) => m.type !== "progress");
      expect(messages.map((m) => m.type)).toEqual(["ready", "stdout", "error", "done"]);
      expect(messages[1]?.text).toBe("before the error");
      expect(messages[2]?.traceback).toContain("ValueError: something broke");
    });

    test("framed by any other origin, nothing is posted", async ({ page, request }) => {
      const { url } = await createProject(request, [{ path: "index.html", content: failing(engine.type) }]);
      // Same server, different origin: the channel must not talk to it.
      await openFramed(page, `http://127.0.0.1:${e2eServer.port}`, url);
      await expect(page.frameLocator("iframe").locator(".py-error")).toContainText("ValueError: something broke");
      expect(await page.evaluate(() => (window as unknown as { received: Received[] }).received)).toEqual([]);
    });
  });
}

test("when MicroPython's wasm cannot load, the page says so instead of waiting forever", async ({ page, request }) => {
  await page.route(/\/_runtime\/[0-9a-f]+\/micropython\/micropython\.wasm$/, (route) => route.abort());
  const { url } = await createProject(request, [{ path: "index.html", content: failing("mpy") }]);
  await page.goto(url);
  await expect(page.locator(".py-error")).toContainText("InterpreterError: MicroPython could not load: TypeError: Failed to fetch");
  await expect(page.locator(".py-error")).not.toContainText("before the error");
});
