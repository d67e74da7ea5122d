import { expect, test } from "@playwright/test";
import { channelMessages, hostLaunchOptions, openInHost, sendCommand } from "./editor-host";
import { pageHtml, scriptTypeOf, workerTypes } from "./matrix";
import { createProject } from "../support/projects";

/**
 * The editor's console channel: worker output and errors reach the parent window, and `stop` interrupts a
 * running worker (KeyboardInterrupt in Pyodide through the interrupt buffer; MicroPython is terminated).
 * The parent is a page on the app origin, isolated like the editor, which frames the preview.
 */
test.use({ launchOptions: hostLaunchOptions });

for (const worker of workerTypes) {
  test(`stop from the console channel ends a looping ${worker} worker`, async ({ page, request }) => {
    const project = await createProject(
      request,
      [
        {
          path: "index.html",
          content: pageHtml(`<script type="${scriptTypeOf[worker]}" worker>
print("looping")
count = 0
while True:
    count += 1
</script>`),
        },
      ],
      { isolated: true },
    );
    await openInHost(page, project.url);
    await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "stdout" && m.text?.includes("looping")), {
      timeout: 60_000,
    }).toBe(true);

    await sendCommand(page, project.url, "stop");

    const frame = page.frameLocator("iframe");
    await expect(frame.locator(".py-error").first()).toContainText("KeyboardInterrupt");
    await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "error" && m.traceback?.includes("KeyboardInterrupt"))).toBe(true);
    if (worker === "micropython") {
      await expect(frame.locator("script[worker]")).toHaveAttribute("data-state", "stopped");
    } else {
      // Interrupted inside Python (the frame is isolated, so the interrupt buffer exists), not terminated.
      expect(await page.frames()[1]!.evaluate(() => crossOriginIsolated)).toBe(true);
      await expect(frame.locator(".py-error").first()).toContainText("Traceback");
    }
  });
}

test("stop during a call from the page interrupts a pyodide worker's exported function, and the worker goes on", async ({
  page,
  request,
}) => {
  const project = await createProject(
    request,
    [
      {
        path: "index.html",
        content: pageHtml(`<script type="py" worker name="spinner">
def spin():
    print("spinning")
    while True:
        pass

def ping():
    return "pong"

__export__ = ["spin", "ping"]
</script>
<script type="mpy">
from pyscript import workers
spinner = await workers["spinner"]
try:
    await spinner.spin()
except Exception:
    print("spin was interrupted")
print("then " + await spinner.ping())
</script>`),
      },
    ],
    { isolated: true },
  );
  await openInHost(page, project.url);
  const printed = async (text: string) => (await channelMessages(page)).some((m) => m.type === "stdout" && m.text?.includes(text));
  await expect.poll(() => printed("spinning"), { timeout: 60_000 }).toBe(true);

  await sendCommand(page, project.url, "stop");

  const frame = page.frameLocator("iframe");
  await expect(frame.locator(".py-error").first()).toContainText("KeyboardInterrupt");
  await expect.poll(() => printed("spin was interrupted")).toBe(true);
  // Interrupted, not terminated: the next call is answered, and no interrupt was left pending for it.
  await expect.poll(() => printed("then pong")).toBe(true);
});
