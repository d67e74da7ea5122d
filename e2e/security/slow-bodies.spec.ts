import { connect } from "node:net";
import type { Socket } from "node:net";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { e2eServer } from "../server-config";

/** BODY_IDLE_TIMEOUT of the e2e server (server-config.ts), in milliseconds. */
const idleMs = Number(e2eServer.env.BODY_IDLE_TIMEOUT) * 1000;

type Trickle = { socket: Socket; answer: Promise<{ status: number; afterMs: number }> };

/**
 * A chunked save of `projectId` written over a raw socket: the headers and `{`, then (with `everyMs`) one space
 * at a time, never the end, as a slow-loris client does. The first bytes wait for the server's 100 Continue, so
 * when `continued` resolves the request is in the app's hands.
 */
function trickleSave(cookie: string, projectId: string, everyMs: number | null): Trickle & { continued: Promise<void> } {
  const socket = connect(e2eServer.port, "127.0.0.1");
  const started = Date.now();
  let received = "";
  let continued!: () => void;
  const continuedPromise = new Promise<void>((resolve) => (continued = resolve));
  let timer: NodeJS.Timeout | undefined;
  const answer = new Promise<{ status: number; afterMs: number }>((resolve, reject) => {
    socket.on("error", reject);
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      if (/^HTTP\/1\.1 100 /.test(received) && received.includes("\r\n\r\n")) {
        received = received.slice(received.indexOf("\r\n\r\n") + 4);
        socket.write("1\r\n{\r\n");
        if (everyMs !== null) timer = setInterval(() => socket.write("1\r\n \r\n"), everyMs);
        continued();
      }
      const final = /^HTTP\/1\.1 (\d{3}) /.exec(received);
      if (final) {
        clearInterval(timer);
        resolve({ status: Number(final[1]), afterMs: Date.now() - started });
        socket.destroy();
      }
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
  return { socket, answer, continued: continuedPromise };
}

async function signedInUser(request: APIRequestContext): Promise<{ cookie: string; projectId: string }> {
  await signUpWith(request);
  const { id } = await createProject(request, [{ path: "main.py", content: "print(1)" }]);
  const { cookies } = await request.storageState();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), projectId: id };
}

test("a save whose body stops arriving is cut with 408 once the idle deadline passes", async ({ playwright }) => {
  const request = await playwright.request.newContext();
  const user = await signedInUser(request);
  const stalled = trickleSave(user.cookie, user.projectId, null);
  const { status, afterMs } = await stalled.answer;
  expect(status).toBe(408);
  expect(afterMs).toBeGreaterThanOrEqual(idleMs);
  await request.dispose();
});

test("one user's trickling uploads hold one large-body slot: another user's large save goes through", async ({ playwright }) => {
  const [slowRequest, otherRequest] = [await playwright.request.newContext(), await playwright.request.newContext()];
  const [slow, other] = [await signedInUser(slowRequest), await signedInUser(otherRequest)];
  // Each trickle sends a byte well within the idle deadline, so only the per-user cap can stop them.
  const trickles = [trickleSave(slow.cookie, slow.projectId, idleMs / 6), trickleSave(slow.cookie, slow.projectId, idleMs / 6)];
  await Promise.all(trickles.map((t) => t.continued));

  const large = "x".repeat(400 * 1024);
  const save = await otherRequest.put(`/api/projects/${other.projectId}/files`, { data: { revision: 1, files: [{ path: "main.py", content: large }] } });
  expect(save.status(), await save.text()).toBe(200);

  // The slow user's second upload waited for its own first one: 429, its fault, not the server's.
  expect((await trickles[1]!.answer).status).toBe(429);
  for (const t of trickles) t.socket.destroy();
  await Promise.all([slowRequest.dispose(), otherRequest.dispose()]);
});
