import { expect, test, type Page } from "@playwright/test";
import { e2eServer } from "../server-config";
import { pageHtml, scriptTypeOf, workerTypes } from "./matrix";
import { createProject } from "./project";

/**
 * The editor's console channel: worker output and errors reach the parent window, and `stop` interrupts a
 * running worker (KeyboardInterrupt in Pyodide through the interrupt buffer; MicroPython is terminated).
 * The parent is a page on the app origin, isolated like the editor, which frames the preview.
 */
const hostUrl = `${e2eServer.appOrigin}/__workers-stop-host`;

// A routed (fulfilled) page has no IP address space, so Chromium treats it as public and would block its
// frame on *.localhost (Local Network Access); the real editor page is served by our server and is not.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests"],
  },
});

async function openInHost(page: Page, previewUrl: string): Promise<void> {
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" },
      body: `<!DOCTYPE html><body><script>
window.received = [];
addEventListener("message", (event) => {
  if (event.origin === new URL(${JSON.stringify(previewUrl)}).origin) received.push(event.data.message);
});
</script><iframe src="${previewUrl}" allow="cross-origin-isolated" width="600" height="400"></iframe></body>`,
    }),
  );
  await page.goto(hostUrl);
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { type: string; text?: string; traceback?: string }[] }).received);

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
    await openInHost(page, project.previewUrl);
    await expect.poll(async () => (await received(page)).some((m) => m.type === "stdout" && m.text?.includes("looping")), {
      timeout: 60_000,
    }).toBe(true);

    const previewOrigin = new URL(project.previewUrl).origin;
    await page.evaluate((origin) => {
      const frame = document.querySelector("iframe")!;
      frame.contentWindow!.postMessage({ channel: "pysandbox:console", message: { type: "stop" } }, origin);
    }, previewOrigin);

    const frame = page.frameLocator("iframe");
    await expect(frame.locator(".py-error").first()).toContainText("KeyboardInterrupt");
    await expect.poll(async () => (await received(page)).some((m) => m.type === "error" && m.traceback?.includes("KeyboardInterrupt"))).toBe(true);
    if (worker === "micropython") {
      await expect(frame.locator("script[worker]")).toHaveAttribute("data-state", "stopped");
    } else {
      // Interrupted inside Python (the frame is isolated, so the interrupt buffer exists), not terminated.
      expect(await page.frames()[1]!.evaluate(() => crossOriginIsolated)).toBe(true);
      await expect(frame.locator(".py-error").first()).toContainText("Traceback");
    }
  });
}
