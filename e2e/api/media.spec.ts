import { expect, test } from "@playwright/test";
import config from "../../playwright.config";
import { createProject } from "../support/projects";
import { pageHtml, threadModes } from "../workers/matrix";
import { engines } from "../runtime/project";

/** `pyscript.media` with Chromium's fake camera and microphone, granted without a prompt (this spec only). */
const launchOptions = config.use?.launchOptions ?? {};
test.use({
  launchOptions: {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"],
  },
});

const checks = `
from pyscript import document
from pyscript.media import Device, list_devices
devices = await list_devices()
kinds = sorted(set(device.kind for device in devices))
camera = [device for device in devices if device.kind == "videoinput"][0]
stream = await Device.request_stream(video=True)
own = await camera.get_stream()
voice = await Device.request_stream(audio=True, video=False)
video = document.createElement("video")
video.id = "preview"
video.srcObject = own
document.body.append(video)
document.body.dataset.results = "kinds=%s | device=%s,%s,%s | default=%d video, %s | own=%s | audio=%d" % (
    ",".join(kinds), bool(camera.id), bool(camera.group), camera["kind"], stream.getVideoTracks().length,
    stream.getVideoTracks()[0].readyState, own.getVideoTracks()[0].label == camera.label, voice.getAudioTracks().length)
`;

for (const engine of engines) {
  for (const mode of threadModes) {
    test(`media on ${engine.name}, ${mode.name}: list_devices, request_stream, a device's own stream`, async ({ page, request }) => {
      const { url } = await createProject(
        request,
        [
          { path: "index.html", content: pageHtml(`<script type="${engine.type}"${mode.worker ? " worker" : ""} src="./checks.py"></script>`) },
          { path: "checks.py", content: checks },
        ],
        { isolated: mode.isolated },
      );
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute(
        "data-results",
        "kinds=audioinput,audiooutput,videoinput | device=True,True,videoinput | default=1 video, live | own=True | audio=1",
        { timeout: 60_000 },
      );
      await expect.poll(() => page.locator("#preview").evaluate((video: HTMLVideoElement) => video.srcObject !== null)).toBe(true);
    });
  }
}
