import { Agent, get } from "node:http";
import { setTimeout as wait } from "node:timers/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";

let app: AppProcess;
beforeAll(async () => {
  app = await startAppProcess({ port: await freePort() });
});
afterAll(() => app.kill());

function health(agent: Agent): Promise<{ status: number; reusedSocket: boolean }> {
  return new Promise((resolve, reject) => {
    const request = get(`${app.appOrigin}/api/health`, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, reusedSocket: request.reusedSocket }));
    });
    request.on("error", reject);
  });
}

test("a client's kept-alive connection is still open after 6 s idle, and answers on it", async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    expect(await health(agent)).toEqual({ status: 200, reusedSocket: false });
    // The idle time is what is under test: Node's default closes the connection after 5 s, which races a
    // client reusing it (ECONNRESET).
    await wait(6_000);
    expect(await health(agent)).toEqual({ status: 200, reusedSocket: true });
  } finally {
    agent.destroy();
  }
}, 30_000);
