import { expect, test } from "@playwright/test";
import { channelMessages, hostLaunchOptions, openInHost } from "./editor-host";
import { pageHtml } from "./matrix";
import { createProject } from "../support/projects";

/** The `progress` messages the editor's loading bar is fed with, from the page's and a worker's interpreter. */
test.use({ launchOptions: hostLaunchOptions });

test("the page reports its loading progress: interpreter bytes up to their total, then the config's files", async ({ page, request }) => {
  const project = await createProject(
    request,
    [
      { path: "index.html", content: pageHtml(`<script type="mpy" config="./config.toml">print(open("data.txt").read())</script>`) },
      { path: "config.toml", content: `[files]\n"./payload.txt" = "data.txt"\n` },
      { path: "payload.txt", content: "x".repeat(1000) },
    ],
    { isolated: true },
  );
  await openInHost(page, project.url);
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "stdout" && m.text === "x".repeat(1000))).toBe(true);
  const progress = (await channelMessages(page)).filter((m) => m.type === "progress");
  const interpreter = progress.filter((m) => m.stage === "interpreter");
  const last = interpreter.at(-1);
  expect(last?.total).toBeGreaterThan(100_000);
  expect(last?.loaded).toBe(last?.total);
  expect(interpreter.every((m) => m.loaded! <= m.total!)).toBe(true);
  expect(progress.filter((m) => m.stage === "files").at(-1)).toMatchObject({ loaded: 1000, total: 1000 });
  expect(progress.findIndex((m) => m.stage === "files")).toBeGreaterThan(progress.findLastIndex((m) => m.stage === "interpreter"));
});

test("a worker's loading progress reaches the editor: the Pyodide interpreter's bytes, to the end", async ({ page, request }) => {
  const project = await createProject(request, [{ path: "index.html", content: pageHtml(`<script type="py" worker>print("worker up")</script>`) }], {
    isolated: true,
  });
  await openInHost(page, project.url);
  await expect.poll(async () => (await channelMessages(page)).some((m) => m.type === "stdout" && m.text === "worker up"), { timeout: 60_000 }).toBe(true);
  const interpreter = (await channelMessages(page)).filter((m) => m.type === "progress" && m.stage === "interpreter");
  // Pyodide's wasm and stdlib, more than ten megabytes once decoded (a first visit: no snapshot).
  expect(interpreter.at(-1)?.total).toBeGreaterThan(10_000_000);
  expect(interpreter.at(-1)?.loaded).toBe(interpreter.at(-1)?.total);
});
