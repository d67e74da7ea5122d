import { createServer, request } from "node:http";
import type { IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../../config";
import type { AppConfig } from "../../../config";
import { previewSlugFromHost } from "../host";
import { servePreview } from "../serve";

/** Tests and benches only: servePreview behind node:http, routed on Host exactly as server.ts does. */
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

/**
 * Sends a request target byte for byte (node:http refuses NUL and some others client-side) and returns
 * the status code and body of the answer, whoever gives it: our handler or Node's HTTP parser.
 */
export function rawPreviewGet(server: PreviewServer, slug: string, target: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("end", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.end(`GET ${target} HTTP/1.1\r\nHost: ${slug}.${server.config.previewDomain}\r\nConnection: close\r\n\r\n`, "latin1");
  });
}
