import { expect, test } from "@playwright/test";
import { channelMessages, hostLaunchOptions, openInHost } from "./editor-host";
import { scenarioFiles } from "../support/fixtures";
import { createProject } from "../support/projects";

test.use({ launchOptions: hostLaunchOptions });

/** Scenario 05 says its lines also show in the editor's console panel: they arrive on the channel, in order. */
test("05 common use case: the editor's console channel gets before ready / Pyodide bootstrapped / after ready / 42", async ({
  page,
  request,
}) => {
  const files = scenarioFiles("05-common-use-case");
  const project = await createProject(request, files, { isolated: true });
  await openInHost(page, project.url);
  const expected = ["before ready", "Pyodide bootstrapped", "after ready", "42"];
  await expect
    .poll(
      async () =>
        (await channelMessages(page))
          .filter((m) => m.type === "stdout")
          .map((m) => m.text?.trim() ?? "")
          .filter((text) => expected.includes(text)),
      { timeout: 60_000 },
    )
    .toEqual(expected);
});

test("a worker's output and its exception reach the editor's console channel", async ({ page, request }) => {
  const project = await createProject(
    request,
    [
      {
        path: "index.html",
        content: `<!DOCTYPE html><html><head><script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script></head>
<body><script type="mpy" worker>
print("from the worker")
raise RuntimeError("worker failed")
</script></body></html>`,
      },
    ],
    { isolated: true },
  );
  await openInHost(page, project.url);
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "stdout" && m.text?.includes("from the worker")), { timeout: 60_000 }).toBe(true);
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "error" && m.traceback?.includes("RuntimeError: worker failed"))).toBe(true);
});
