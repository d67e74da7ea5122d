import { createServer, request } from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../../lib/config";
import type { AppConfig } from "../../../lib/config";
import { previewSlugFromHost } from "../../../lib/server/preview/host";
import { servePreview } from "../../../lib/server/preview/serve";
import { rawGet } from "../raw-http";
import type { RawResponse } from "../raw-http";

/** ServePreview behind node:http, routed on Host exactly as server.ts does. */
export type PreviewServer = { port: number; config: AppConfig; close(): Promise<void> };

export async function startPreviewServer(database: Pick<AppConfig, "databaseUrl" | "dataDir" | "listenDatabaseUrl">): Promise<PreviewServer> {
  let config: AppConfig | null = null;
  const server = createServer((req, res) => {
    if (!config) throw new Error("request before listen");
    const slug = previewSlugFromHost(req.headers.host, config.previewDomain);
    if (slug === null) {
      res.writeHead(421, { "content-type": "text/plain" }).end("not a preview host");
      return;
    }
    servePreview(req, res, slug, config).catch((error: unknown) => {
      console.error(error);
      res.writeHead(500).end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  config = {
    ...loadConfig(),
    ...database,
    port,
    previewDomain: `preview.localhost:${port}`,
    appOrigin: `http://localhost:${port}`,
  };
  return {
    port,
    config,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export type PreviewResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** Node's fetch will not send a custom Host, so requests go through node:http with an explicit one. */
export function previewGet(
  server: PreviewServer,
  slug: string,
  path: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<PreviewResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: server.port,
        path,
        method: options.method ?? "GET",
        headers: { host: `${slug}.${server.config.previewDomain}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** A request target exactly as written, on the project's preview host. */
export function rawPreviewGet(server: PreviewServer, slug: string, target: string): Promise<RawResponse> {
  return rawGet(server.port, `${slug}.${server.config.previewDomain}`, target);
}
