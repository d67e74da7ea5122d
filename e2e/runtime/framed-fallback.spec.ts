import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createProject } from "../support/projects";
import { openThirdPartyStorageContext } from "../support/third-party-storage";
import { engines, pyscriptPage, type EngineCase } from "./project";

/**
 * A project embedded in a third-party docs page: another origin that is not cross-origin isolated, so a
 * worker reaches window/document through the service-worker relay, when the browser allows one in a frame.
 */
let docs: Server;
let docsOrigin = "";
const framed = new Map<string, string>();
test.beforeAll(async () => {
  docs = createServer((req, res) => {
    const src = framed.get(req.url ?? "");
    res.writeHead(src ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
    res.end(src ? `<!doctype html><title>docs</title><h1>Docs</h1><iframe id="embed" src="${src}" width="800" height="500"></iframe>` : "");
  });
  await new Promise<void>((resolve) => docs.listen(0, "127.0.0.1", resolve));
  docsOrigin = `http://localhost:${(docs.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => docs.close(() => resolve())));

/** Several reads and writes of the page, and an event handler that writes again. */
const workerCode = `from pyscript import document, window
note = document.createElement("p")
note.id = "from-worker"
note.textContent = "written by the worker"
document.body.append(note)
clicks = 0
def clicked(event):
    global clicks
    clicks += 1
    document.getElementById("count").textContent = f"clicks {clicks}"
button = document.createElement("button")
button.textContent = "press"
button.addEventListener("click", clicked)
document.body.append(button)
document.getElementById("out").textContent = f"{len(document.querySelectorAll('p'))} paragraphs on {window.location.pathname}"`;

/** Opens the docs page framing a non-isolated project whose worker script uses the page. */
async function openFramed(
  page: Page,
  request: Parameters<typeof createProject>[0],
  engine: EngineCase,
  how: "script" | "PyWorker" = "script",
  origin = docsOrigin,
) {
  const body =
    how === "script"
      ? `<script type="${engine.type}" worker>\n${workerCode}\n</script>`
      : // Started by the page's first script, before the page has learnt whether it may have a service worker.
        `<script type="mpy">\nfrom pyscript import PyWorker\nPyWorker("./worker.py", type="${engine.name}")\n</script>`;
  const project = await createProject(request, [
    { path: "index.html", content: pyscriptPage(`<p id="out">waiting</p><p id="count">clicks 0</p>\n${body}`) },
    { path: "worker.py", content: workerCode },
  ], { isolated: false });
  const path = `/${project.slug}`;
  framed.set(path, project.url);
  // Each relayed request is a POST to /sw.js?sabayon that the service worker answers: one reaching the server is lost.
  const relayed: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("?sabayon")) relayed.push(r.url());
  });
  await page.goto(origin + path);
  return { frame: page.frameLocator("#embed"), relayed };
}

test.describe("a browser that blocks third-party storage", () => {
  for (const engine of engines) {
    test(`${engine.name}: the frame says why the worker cannot use the page, and sends nothing to the server`, async ({ page, request }) => {
      const { frame, relayed } = await openFramed(page, request, engine);
      const error = frame.locator(".py-error");
      await expect(error).toContainText("allows it no service worker here", { timeout: 60_000 });
      await expect(frame.getByRole("alert")).toContainText("Open the page in a tab of its own");
      await expect(frame.locator("#out")).toHaveText("waiting");
      expect(relayed).toEqual([]);
    });

    test(`${engine.name}: a PyWorker the page starts at once says so too`, async ({ page, request }) => {
      const { frame, relayed } = await openFramed(page, request, engine, "PyWorker");
      await expect(frame.locator(".py-error")).toContainText("allows it no service worker here", { timeout: 60_000 });
      await expect(frame.getByRole("alert")).toContainText("Open the page in a tab of its own");
      await expect(frame.locator("#out")).toHaveText("waiting");
      expect(relayed).toEqual([]);
    });
  }
});

test.describe("a docs page that is not a secure context", () => {
  // A plain-HTTP host that is not localhost: its frames are not secure contexts, so they have no service workers.
  let browser: Browser;
  test.beforeAll(async ({ launchOptions }) => {
    browser = await chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []), "--host-resolver-rules=MAP docs.test 127.0.0.1"] });
  });
  test.afterAll(() => browser.close());

  test("micropython: the frame says why the worker cannot use the page", async ({ request }) => {
    const page = await browser.newPage();
    const { frame, relayed } = await openFramed(page, request, engines[1], "script", docsOrigin.replace("localhost", "docs.test"));
    await expect(frame.locator(".py-error")).toContainText("allows it no service worker here", { timeout: 60_000 });
    await expect(frame.getByRole("alert")).toContainText("not a secure context");
    expect(await frame.locator("body").evaluate(() => window.isSecureContext)).toBe(false);
    expect(relayed).toEqual([]);
    await page.close();
  });
});

test.describe("a browser that allows third-party storage", () => {
  let context: BrowserContext;
  let close: () => Promise<void>;
  test.beforeAll(async ({ launchOptions }) => {
    ({ context, close } = await openThirdPartyStorageContext(launchOptions));
  });
  test.afterAll(async () => {
    await close();
  });

  for (const engine of engines) {
    test(`${engine.name}: the worker uses the page through the relay, with the notice`, async ({ request }) => {
      const page = await context.newPage();
      const { frame } = await openFramed(page, request, engine);
      await expect(frame.locator("#out")).toHaveText(/^3 paragraphs on \/$/, { timeout: 60_000 });
      await expect(frame.locator("#from-worker")).toHaveText("written by the worker");
      await expect(frame.getByRole("status")).toContainText("slower");
      await frame.getByRole("button", { name: "press" }).click();
      await expect(frame.locator("#count")).toHaveText("clicks 1");
      await frame.getByRole("button", { name: "press" }).click();
      await expect(frame.locator("#count")).toHaveText("clicks 2");
      await expect(frame.locator(".py-error")).toHaveCount(0);
      await page.close();
    });
  }
});

test.describe("a service worker that does not relay", () => {
  // A project's own /sw.js that is not coincident's relay (a copy of the standalone sabayon package, or any
  // other): the worker's synchronous calls reach the server, which cannot answer them.
  for (const engine of engines) {
    test(`${engine.name}: the worker raises at its first call to the page instead of asking the server again and again`, async ({ page, request }) => {
      const project = await createProject(request, [
        { path: "index.html", content: pyscriptPage(`<p id="out">waiting</p>
<script type="${engine.type}" worker service-worker="./sw.js">
${workerCode}
</script>`) },
        {
          path: "sw.js",
          content: `addEventListener("install", () => skipWaiting());
addEventListener("activate", (event) => event.waitUntil(clients.claim()));
addEventListener("fetch", () => {});`,
        },
      ], { isolated: false });
      const relayed: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("?sabayon")) relayed.push(r.url());
      });
      await page.goto(project.url);
      await expect(page.locator(".py-error")).toContainText("did not answer a synchronous call to the page: the server did (HTTP 405)", { timeout: 60_000 });
      await expect(page.locator("#out")).toHaveText("waiting");
      expect(relayed).toHaveLength(1);
    });
  }
});
