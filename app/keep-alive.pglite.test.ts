import { Agent, get, request as httpRequest } from "node:http";
import { setTimeout as wait } from "node:timers/promises";
import { afterAll, beforeAll, expect, test } from "vitest";
import { freePort, startAppProcess } from "@/test/support/app-process";
import type { AppProcess } from "@/test/support/app-process";
import { AppClient } from "@/test/support/app-client";
import { zeroBomb } from "@/test/support/zip-files";

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

/** POSTs `body` to `path` on `agent`'s connection with `headers`; resolves with the status once the whole answer is read. */
function post(agent: Agent, path: string, headers: Record<string, string>, body: Uint8Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${app.appOrigin}${path}`,
      { method: "POST", agent, headers: { ...headers, "content-type": "application/zip", "content-length": String(body.byteLength) } },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

test("after an upload refused part-way through its body, the next request on the connection is answered at once", async () => {
  const { client } = await AppClient.signUp(app);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    // Its first entry inflates past the cap within the first few KB of its 1 MB: the rest is never read.
    const bomb = zeroBomb([{ name: "zeros.bin", megabytes: 1024 }]);
    expect(await post(agent, "/api/projects/import?title=bomb", client.headers(), bomb)).toBe(413);
    // Not after the minute a kept-alive connection may stay idle: the test's own timeout is far shorter.
    expect((await health(agent)).status).toBe(200);
  } finally {
    agent.destroy();
  }
}, 15_000);
