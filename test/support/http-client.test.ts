import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedWhileSending, sendHttp } from "./http-client";

const bodyCap = 64 * 1024;

describe("sendHttp against a server that drops every connection unanswered", () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((req) => req.socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("counts a dropped request as refused only when its body, sent or declared, is over the cap", async () => {
    const refused = await sendHttp(port, { method: "POST", path: "/", body: Buffer.alloc(bodyCap + 1) }, { bodyCap });
    expect(refused.status).toBe(closedWhileSending);
    const declared = await sendHttp(port, { method: "POST", path: "/", headers: { "Content-Length": String(bodyCap + 1) }, body: "{}" }, { bodyCap });
    expect(declared.status).toBe(closedWhileSending);
  });

  it("fails a dropped request whose body is within the cap, or that has none", async () => {
    await expect(sendHttp(port, { method: "POST", path: "/small", body: "{}" }, { bodyCap })).rejects.toThrow(
      /^the server closed the connection \((ECONNRESET|EPIPE)\) without answering POST \/small, a request with a body of 2 bytes$/,
    );
    await expect(sendHttp(port, { method: "GET", path: "/none" }, { bodyCap })).rejects.toThrow(/without answering GET \/none/);
    await expect(sendHttp(port, { method: "POST", path: "/uncapped", body: Buffer.alloc(bodyCap + 1) })).rejects.toThrow(/without answering POST \/uncapped/);
  });
});
