import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { AppClient } from "@/test/support/app-client";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { createThrowawayPg } from "@/test/support/test-databases";
import type { ThrowawayPg } from "@/test/support/test-databases";

/**
 * A TCP relay in front of PostgreSQL that can stop answering, as a database host that went away does: the
 * connections it had are cut, and new ones are accepted and never answered.
 */
async function relayTo(target: URL): Promise<{ port: number; stopAnswering(): void; answerAgain(): void; close(): Promise<void> }> {
  let answering = true;
  const sockets = new Set<Socket>();
  const keep = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => socket.destroy());
  };
  const server: Server = createServer((client) => {
    keep(client);
    if (!answering) return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    keep(upstream);
    client.pipe(upstream).pipe(client);
    upstream.on("close", () => client.destroy());
    client.on("close", () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    stopAnswering() {
      answering = false;
      for (const socket of sockets) socket.destroy();
    },
    answerAgain: () => void (answering = true),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let database: ThrowawayPg;
let relay: Awaited<ReturnType<typeof relayTo>>;
let app: AppProcess;
beforeAll(async () => {
  database = await createThrowawayPg();
  relay = await relayTo(new URL(database.url));
  const url = new URL(database.url);
  url.hostname = "127.0.0.1";
  url.port = String(relay.port);
  app = await startAppProcess({ port: await freePort(), databaseUrl: url.href });
}, 240_000);
afterAll(async () => {
  // Answering, so that the app's shutdown can close its connections even after a failed test.
  relay?.answerAgain();
  await app?.kill();
  relay?.stopAnswering();
  await relay?.close();
  await database?.drop();
});

test("with PostgreSQL not answering, the API says so with a 503 within seconds, and works again once it answers", async () => {
  const { client } = await AppClient.signUp(app);
  expect((await client.send("GET", "/api/projects")).status).toBe(200);

  relay.stopAnswering();
  // The first request may find a pooled connection cut, the next must wait for a new one: neither may hang.
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = Date.now();
    const answer = await client.send("GET", "/api/projects");
    expect(answer.status).toBe(503);
    expect(answer.headers["retry-after"]).toBe("5");
    expect(JSON.parse(answer.text)).toMatchObject({ error: { code: "service_unavailable", message: "The database is not answering; try again shortly." } });
    expect(Date.now() - started).toBeLessThan(15_000);
  }

  relay.answerAgain();
  await expect.poll(async () => (await client.send("GET", "/api/projects")).status, { timeout: 30_000 }).toBe(200);
}, 120_000);
