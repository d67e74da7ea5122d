import { connect } from "node:net";
import type { Socket } from "node:net";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { e2eServer } from "../server-config";

/** BODY_IDLE_TIMEOUT of the e2e server (server-config.ts), in milliseconds. */
const idleMs = Number(e2eServer.env.BODY_IDLE_TIMEOUT) * 1000;

type Trickle = { socket: Socket; continued: Promise<void> };

/**
 * A chunked save of `projectId` written over a raw socket: the headers and `{`, then (with `everyMs`) one space
 * at a time, never the end, as a slow-loris client does. The first bytes wait for the server's 100 Continue, so
 * when `continued` resolves the request is in the app's hands.
 */
function trickleSave(cookie: string, projectId: string, everyMs: number | null): Trickle {
  const socket = connect(e2eServer.port, "127.0.0.1");
  let timer: NodeJS.Timeout | undefined;
  socket.on("close", () => clearInterval(timer));
  socket.on("error", () => {});
  const continued = new Promise<void>((resolve) => {
    socket.once("data", (chunk) => {
      if (!/^HTTP\/1\.1 100 /.test(chunk.toString("latin1"))) return;
      socket.write("1\r\n{\r\n");
      if (everyMs !== null) timer = setInterval(() => socket.write("1\r\n \r\n"), everyMs);
      resolve();
    });
  });
  socket.write(
    [
      `PUT /api/projects/${projectId}/files HTTP/1.1`,
      `Host: localhost:${e2eServer.port}`,
      `Origin: ${e2eServer.appOrigin}`,
      `Cookie: ${cookie}`,
      "Content-Type: application/json",
      "Transfer-Encoding: chunked",
      "Expect: 100-continue",
      "",
      "",
    ].join("\r\n"),
  );
  return { socket, continued };
}

async function signedInUser(request: APIRequestContext): Promise<{ cookie: string; projectId: string }> {
  await signUpWith(request);
  const { id } = await createProject(request, [{ path: "main.py", content: "print(1)" }]);
  const { cookies } = await request.storageState();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), projectId: id };
}

/** A large save of `user`'s project, which needs one of the server's two large-body slots. */
const largeSave = (request: APIRequestContext, user: { projectId: string }) =>
  request.put(`/api/projects/${user.projectId}/files`, { data: { revision: 1, files: [{ path: "main.py", content: "x".repeat(400 * 1024) }] } });

test("stalled uploads give their large-body slots back at the idle deadline: another user's large save goes through", async ({ playwright }) => {
  const contexts = await Promise.all([0, 1, 2].map(() => playwright.request.newContext({ baseURL: e2eServer.appOrigin })));
  const [first, second, saver] = await Promise.all(contexts.map(signedInUser));
  // Two users' uploads that stop after one byte hold both slots; without a deadline they would for ever.
  const stalled = [trickleSave(first!.cookie, first!.projectId, null), trickleSave(second!.cookie, second!.projectId, null)];
  await Promise.all(stalled.map((t) => t.continued));
  const started = Date.now();
  const save = await largeSave(contexts[2]!, saver!);
  expect(save.status(), await save.text()).toBe(200);
  expect(Date.now() - started).toBeGreaterThanOrEqual(idleMs - 1000);
  for (const t of stalled) t.socket.destroy();
  await Promise.all(contexts.map((c) => c.dispose()));
});

test("one user's trickling uploads hold one large-body slot: another user's large save goes through", async ({ playwright }) => {
  const contexts = await Promise.all([0, 1].map(() => playwright.request.newContext({ baseURL: e2eServer.appOrigin })));
  const [slow, other] = await Promise.all(contexts.map(signedInUser));
  // Each trickle sends a byte well within the idle deadline, so only the per-user cap can stop them.
  const trickles = [trickleSave(slow!.cookie, slow!.projectId, idleMs / 6), trickleSave(slow!.cookie, slow!.projectId, idleMs / 6)];
  await Promise.all(trickles.map((t) => t.continued));
  const save = await largeSave(contexts[1]!, other!);
  expect(save.status(), await save.text()).toBe(200);
  for (const t of trickles) t.socket.destroy();
  await Promise.all(contexts.map((c) => c.dispose()));
});
