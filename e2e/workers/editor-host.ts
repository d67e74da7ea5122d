import type { Page } from "@playwright/test";
import { e2eServer } from "../server-config";

/**
 * A stand-in for the editor: a page on the app origin, isolated like the editor, that frames a preview and
 * records what arrives on the console channel. The real editor is served by our server; this one is
 * routed (fulfilled) by Playwright, which Chromium treats as a public page, so specs using it must turn
 * off Local Network Access checks with `hostLaunchOptions`.
 */
const hostUrl = `${e2eServer.appOrigin}/__workers-editor-host`;

export const hostLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests",
  ],
};

export type ChannelMessage = {
  type: string;
  text?: string;
  traceback?: string;
  how?: string;
  detail?: string;
  stage?: string;
  loaded?: number;
  total?: number;
};

/**
 * `credentialless` frames a project whose isolation switch is off: under the host's COEP require-corp, a
 * plain iframe may only load documents that send COEP themselves, a credentialless one may load any.
 */
export async function openInHost(page: Page, previewUrl: string, { isolated = true }: { isolated?: boolean } = {}): Promise<void> {
  await page.route(hostUrl, (route) =>
    route.fulfill({
      contentType: "text/html",
      headers: { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" },
      body: `<!DOCTYPE html><body><script>
window.received = [];
addEventListener("message", (event) => {
  if (event.origin === new URL(${JSON.stringify(previewUrl)}).origin) received.push(event.data.message);
});
</script><iframe src="${previewUrl}" ${isolated ? 'allow="cross-origin-isolated"' : "credentialless"} width="600" height="400"></iframe></body>`,
    }),
  );
  await page.goto(hostUrl);
}

export const channelMessages = (page: Page): Promise<ChannelMessage[]> =>
  page.evaluate(() => (window as unknown as { received: ChannelMessage[] }).received);

/** Sends an editor command (run, stop, clear) to the framed preview, as the editor does. */
export async function sendCommand(page: Page, previewUrl: string, type: "stop" | "run" | "clear"): Promise<void> {
  await page.evaluate(
    ([origin, command]) => {
      const frame = document.querySelector("iframe")!;
      frame.contentWindow!.postMessage({ channel: "pysandbox:console", message: { type: command } }, origin!);
    },
    [new URL(previewUrl).origin, type],
  );
}
