import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { WebSocketServer } from "ws";
import { createProject } from "../support/projects";
import { pageHtml, threadModes } from "../workers/matrix";
import { engines } from "../runtime/project";

/**
 * `pyscript.WebSocket` against a WebSocket server of our own on loopback: it answers text with
 * "echo:<text>" and bytes with the same bytes reversed, and speaks the "chat" subprotocol.
 */
let server: WebSocketServer;
let port = 0;

test.beforeAll(async () => {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0, handleProtocols: (protocols) => (protocols.has("chat") ? "chat" : false) });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  port = (server.address() as AddressInfo).port;
  server.on("connection", (socket) => {
    socket.on("message", (data, isBinary) => {
      if (isBinary) socket.send(Buffer.from(data as Buffer).reverse());
      else socket.send(`echo:${String(data)}`);
    });
  });
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const client = (url: string) => `
from pyscript import WebSocket, document
received = []
def opened(event):
    received.append("open:%s:%s:%s" % (event.type, ws.protocol, ws.readyState == WebSocket.OPEN))
    ws.send("hello")
    ws.send(bytearray(b"\\x01\\x02\\x03"))
async def message(event):
    data = event.data
    received.append(data if isinstance(data, str) else "bytes:%s" % list(bytes(data)))
    if len(received) == 3:
        ws.close(code=1000, reason="done")
def closed(event):
    received.append("close:%s:%s:%s" % (event.code, event.reason, ws.readyState == WebSocket.CLOSED))
    document.body.dataset.results = " | ".join(received)
ws = WebSocket(url="${url}", protocols=["chat"], onclose=closed)
ws.onopen = opened
ws.onmessage = message
def failed(event):
    document.body.dataset.failed = event.type
dead = WebSocket(url="ws://127.0.0.1:1/", onerror=failed)
`;

for (const engine of engines) {
  for (const mode of threadModes) {
    test(`WebSocket on ${engine.name}, ${mode.name}: open, text and bytes both ways, close, error`, async ({ page, request }) => {
      const { url } = await createProject(
        request,
        [
          { path: "index.html", content: pageHtml(`<script type="${engine.type}"${mode.worker ? " worker" : ""} src="./client.py"></script>`) },
          { path: "client.py", content: client(`ws://127.0.0.1:${port}/`) },
        ],
        { isolated: mode.isolated },
      );
      await page.goto(url);
      await expect(page.locator("body")).toHaveAttribute(
        "data-results",
        "open:open:chat:True | echo:hello | bytes:[3, 2, 1] | close:1000:done:True",
        { timeout: 60_000 },
      );
      await expect(page.locator("body")).toHaveAttribute("data-failed", "error");
    });
  }
}
