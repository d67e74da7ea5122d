import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type HostPage = { url: string; close(): Promise<void> };

/**
 * A third party's page (a blog, a docs site) on its own port and host name: 127.0.0.1 is another site than
 * the app's localhost, and the page sends no isolation headers, as most pages do not.
 */
export async function serveHostPage(body: string): Promise<HostPage> {
  const server = createServer((req, res) => {
    if (req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>A docs page</title></head><body>${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    // A browser that lives on (a persistent profile) keeps its connections open: end them, or close waits.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** An iframe tag as the embed snippet makes it. */
export function embedFrame(src: string, { id = "embed", width = 800, height = 450 } = {}): string {
  return `<iframe id="${id}" src="${src}" width="${width}" height="${height}" style="border:0" allow="cross-origin-isolated"></iframe>`;
}
