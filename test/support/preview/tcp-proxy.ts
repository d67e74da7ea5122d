import { createServer, connect } from "node:net";
import type { AddressInfo, Socket } from "node:net";

/**
 * Tests only: a TCP proxy in front of PostgreSQL that can slow down or silently swallow what the server
 * sends, as a congested or dead network path would. `freeze` keeps the sockets open and says nothing:
 * neither end can tell.
 */
export type TcpProxy = {
  /** The database URL, through the proxy. */
  url: string;
  /** Delays every later server-to-client chunk by this much (order kept). */
  delay(ms: number): void;
  /** Open connections stop passing anything either way; new connections still work. */
  freeze(): void;
  close(): Promise<void>;
};

export async function startTcpProxy(databaseUrl: string): Promise<TcpProxy> {
  const target = new URL(databaseUrl);
  const pairs = new Set<{ client: Socket; server: Socket; frozen: boolean }>();
  let delayMs = 0;
  const proxy = createServer((client) => {
    const server = connect(Number(target.port || 5432), target.hostname);
    const pair = { client, server, frozen: false };
    pairs.add(pair);
    client.on("data", (chunk) => {
      if (!pair.frozen) server.write(chunk);
    });
    server.on("data", (chunk) => {
      if (pair.frozen) return;
      if (delayMs === 0) client.write(chunk);
      else setTimeout(() => pair.frozen || client.write(chunk), delayMs);
    });
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      server.destroy();
    };
    client.on("close", close).on("error", close);
    server.on("close", close).on("error", close);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String((proxy.address() as AddressInfo).port);
  return {
    url: url.toString(),
    delay: (ms) => void (delayMs = ms),
    freeze: () => {
      for (const pair of pairs) pair.frozen = true;
    },
    close: () => {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.server.destroy();
      }
      return new Promise((resolve) => proxy.close(() => resolve()));
    },
  };
}
