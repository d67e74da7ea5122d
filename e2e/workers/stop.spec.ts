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

/**
 * The editor's Stop on a runaway top-level loop, on both engines, isolated and not: Pyodide on an isolated
 * page is interrupted (KeyboardInterrupt inside Python), anything else is terminated; the console hears
 * `stopped` saying which, and whatever awaited the worker (`await workers[...]`, `py:done`) settles.
 */
for (const worker of workerTypes) {
  for (const isolated of [true, false]) {
    const interrupted = worker === "pyodide" && isolated;
    test(`stop ends a runaway ${worker} worker loop (${isolated ? "isolated" : "not isolated"}): ${interrupted ? "interrupted" : "terminated"}, and its awaits settle`, async ({
      page,
      request,
    }) => {
      const project = await createProject(
        request,
        [
          {
            path: "index.html",
            content: pageHtml(`<script type="${scriptTypeOf[worker]}" worker name="runaway">
print("looping")
while True:
    pass
</script>
<script>
document.querySelector("script[worker]").addEventListener("py:done", () => { document.body.dataset.workerDone = "yes"; });
</script>
<script type="mpy">
from pyscript import workers
try:
    await workers["runaway"]
    print("ready resolved")
except Exception as error:
    print("ready failed: " + str(error))
</script>`),
          },
        ],
        { isolated },
      );
      await openInHost(page, project.url, { isolated });
      const messages = () => channelMessages(page);
      await expect.poll(async () => (await messages()).some((m) => m.type === "stdout" && m.text === "looping"), { timeout: 60_000 }).toBe(true);

      await sendCommand(page, project.url, "stop");

      await expect.poll(async () => (await messages()).filter((m) => m.type === "stopped").map((m) => m.how)).toEqual([
        interrupted ? "interrupted" : "terminated",
      ]);
      const stopped = (await messages()).find((m) => m.type === "stopped");
      expect(stopped?.detail).toContain(`the ${worker} worker`);
      const frame = page.frameLocator("iframe");
      await expect(frame.locator(".py-error").first()).toContainText("KeyboardInterrupt");
      await expect(frame.locator("body")).toHaveAttribute("data-worker-done", "yes");
      await expect.poll(async () => (await messages()).find((m) => m.type === "stdout" && m.text?.startsWith("ready "))?.text).toMatch(
        /^ready failed: /,
      );
      expect(await page.frames()[1]!.evaluate(() => crossOriginIsolated)).toBe(isolated);
    });
  }
}

for (const { worker, isolated } of [
  { worker: "micropython", isolated: true },
  { worker: "pyodide", isolated: false },
] as const) {
  test(`stop terminates a ${worker} worker (${isolated ? "isolated" : "not isolated"}) stuck in a call from the page, and the call settles with an error`, async ({
    page,
    request,
  }) => {
    const project = await createProject(
      request,
      [
        {
          path: "index.html",
          content: pageHtml(`<script type="${scriptTypeOf[worker]}" worker name="spinner">
def spin():
    print("spinning")
    while True:
        pass

__export__ = ["spin"]
</script>
<script type="mpy">
from pyscript import workers
spinner = await workers["spinner"]
try:
    await spinner.spin()
except Exception as error:
    print("spin failed: " + str(error))
</script>`),
        },
      ],
      { isolated },
    );
    await openInHost(page, project.url, { isolated });
    const messages = () => channelMessages(page);
    await expect.poll(async () => (await messages()).some((m) => m.type === "stdout" && m.text === "spinning"), { timeout: 60_000 }).toBe(true);

    await sendCommand(page, project.url, "stop");

    await expect.poll(async () => (await messages()).filter((m) => m.type === "stopped").map((m) => m.how)).toEqual(["terminated"]);
    await expect.poll(async () => (await messages()).find((m) => m.type === "stdout" && m.text?.startsWith("spin failed"))?.text).toContain(
      "was terminated",
    );
  });
}

test("stop with nothing running answers idle; clear empties the page's error blocks and answers cleared", async ({ page, request }) => {
  const project = await createProject(request, [{ path: "index.html", content: pageHtml(`<script type="mpy">raise ValueError("shown")</script>`) }], {
    isolated: true,
  });
  await openInHost(page, project.url);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator(".py-error")).toContainText("ValueError: shown");
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "done")).toBe(true);

  await sendCommand(page, project.url, "stop");
  await expect.poll(async () => (await channelMessages(page)).find((m) => m.type === "stopped")?.how).toBe("idle");

  await sendCommand(page, project.url, "clear");
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "cleared")).toBe(true);
  await expect(frame.locator(".py-error")).toHaveCount(0);
});

test("stop while a main-thread script is still awaiting reloads the page, saying so first", async ({ page, request }) => {
  const project = await createProject(
    request,
    [
      {
        path: "index.html",
        content: pageHtml(`<script type="mpy">
import asyncio
print("ticking")
while True:
    await asyncio.sleep(0.05)
</script>`),
      },
    ],
    { isolated: true },
  );
  await openInHost(page, project.url);
  const messages = () => channelMessages(page);
  await expect.poll(async () => (await messages()).filter((m) => m.type === "stdout" && m.text === "ticking").length).toBe(1);

  await sendCommand(page, project.url, "stop");

  await expect.poll(async () => (await messages()).find((m) => m.type === "stopped")?.how).toBe("reloading");
  // The reloaded page runs the script again from the start.
  await expect.poll(async () => (await messages()).filter((m) => m.type === "stdout" && m.text === "ticking").length).toBe(2);
});

test("stop terminates a pyodide worker the interrupt cannot reach (blocked in input()), and removes its prompt", async ({ page, request }) => {
  const project = await createProject(
    request,
    [{ path: "index.html", content: pageHtml(`<script type="py" worker>\nname = input("Your name? ")\nprint("never")\n</script>`) }],
    { isolated: true },
  );
  await openInHost(page, project.url);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("form.py-input")).toContainText("Your name?", { timeout: 60_000 });

  await sendCommand(page, project.url, "stop");

  // The interrupt flag is set, but a worker waiting for the page never reads it: after the grace period it is terminated.
  await expect.poll(async () => (await channelMessages(page)).find((m) => m.type === "stopped")?.how).toBe("terminated");
  await expect(frame.locator("form.py-input")).toHaveCount(0);
  await expect(frame.locator(".py-error").first()).toContainText("KeyboardInterrupt");
});
