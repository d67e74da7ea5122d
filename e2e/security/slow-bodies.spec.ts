import { connect } from "node:net";
import { expect, test } from "@playwright/test";
import type { APIRequestContext } from "@playwright/test";
import { signUpWith } from "../support/auth";
import { createProject } from "../support/projects";
import { e2eServer } from "../server-config";

/** BODY_IDLE_TIMEOUT and BODY_MIN_RATE of the e2e server (server-config.ts). */
const idleMs = Number(e2eServer.env.BODY_IDLE_TIMEOUT) * 1000;
const minBytesPerSecond = Number(e2eServer.env.BODY_MIN_RATE);
/** How long a request waits for a large-body slot before 503 (lib/server/http/read-body.ts). */
const slotWaitMs = 10_000;

type User = { cookie: string; projectId: string };
type Answer = { status: number; message: string };
type SlowSave = { answer: Promise<Answer>; answered(): boolean; close(): void };

/**
 * A chunked save of the user's project written over a raw socket that never ends: the headers and `{`, then
 * `bytes` spaces every `everyMs`, as a slow client sends, until the server answers.
 */
function slowSave(user: User, { bytes, everyMs }: { bytes: number; everyMs: number }): SlowSave {
  const socket = connect(e2eServer.port, "127.0.0.1");
  socket.on("error", () => {});
  const timer = setInterval(() => socket.write(`${bytes.toString(16)}\r\n${" ".repeat(bytes)}\r\n`), everyMs);
  socket.on("close", () => clearInterval(timer));
  let received = "";
  let answered = false;
  const answer = new Promise<Answer>((resolve) => {
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(received);
      const message = /"message":("(?:[^"\\]|\\.)*")/.exec(received);
      if (!status || !message || answered) return;
      answered = true;
      clearInterval(timer);
      resolve({ status: Number(status[1]), message: JSON.parse(message[1]!) as string });
    });
  });
  socket.write(
    [
      `PUT /api/projects/${user.projectId}/files HTTP/1.1`,
      `Host: localhost:${e2eServer.port}`,
      `Origin: ${e2eServer.appOrigin}`,
      `Cookie: ${user.cookie}`,
      "Content-Type: application/json",
      "Transfer-Encoding: chunked",
      "",
      "1\r\n{\r\n",
    ].join("\r\n"),
  );
  return { answer, answered: () => answered, close: () => socket.destroy() };
}

/**
 * Two uploads of one user: the first answer, which must come before a queued request's wait is over, and
 * the upload still going. A 429 then proves the other one holds (or waits for) the user's one slot.
 */
async function firstAnswerOf([a, b]: [SlowSave, SlowSave]): Promise<{ answer: Answer; other: SlowSave }> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`neither upload was answered within ${slotWaitMs} ms`)), slotWaitMs);
  });
  try {
    return await Promise.race([a.answer.then((answer) => ({ answer, other: b })), b.answer.then((answer) => ({ answer, other: a })), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function signedInUser(request: APIRequestContext): Promise<User> {
  await signUpWith(request);
  const { id } = await createProject(request, [{ path: "main.py", content: "print(1)" }]);
  const { cookies } = await request.storageState();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "), projectId: id };
}

/** A large save of `user`'s project, which needs one of the server's two large-body slots. */
const largeSave = (request: APIRequestContext, user: User) =>
  request.put(`/api/projects/${user.projectId}/files`, { data: { revision: 1, files: [{ path: "main.py", content: "x".repeat(400 * 1024) }] } });

const overShare = { status: 429, message: "You may send 1 large request(s) at a time; wait until yours finish." };

test("uploads that trickle, never idle, give their large-body slots back once BODY_MIN_RATE leaves them behind: another user's large save goes through", async ({ playwright }) => {
  const contexts = await Promise.all([0, 1, 2].map(() => playwright.request.newContext({ baseURL: e2eServer.appOrigin })));
  const [first, second, saver] = await Promise.all(contexts.map(signedInUser));
  // A byte well within the idle deadline each time, so only the minimum rate can stop them. Each user sends
  // two: the one refused with 429 shows that the other holds that user's slot, so both slots are taken.
  const trickle = { bytes: 1, everyMs: idleMs / 6 };
  const pairs = [first!, second!].map((user) => [slowSave(user, trickle), slowSave(user, trickle)] as [SlowSave, SlowSave]);
  const firsts = await Promise.all(pairs.map(firstAnswerOf));
  for (const { answer } of firsts) expect(answer).toEqual(overShare);
  const save = await largeSave(contexts[2]!, saver!);
  expect(save.status(), await save.text()).toBe(200);
  for (const { other } of firsts) {
    expect(await other.answer).toEqual({ status: 408, message: `The request body is arriving too slowly: under ${minBytesPerSecond} bytes per second.` });
  }
  for (const upload of pairs.flat()) upload.close();
  await Promise.all(contexts.map((c) => c.dispose()));
});

test("one user's uploads that keep above BODY_MIN_RATE hold one large-body slot: the second is refused with 429 at once, and another user's large save goes through meanwhile", async ({ playwright }) => {
  const contexts = await Promise.all([0, 1].map(() => playwright.request.newContext({ baseURL: e2eServer.appOrigin })));
  const [slow, other] = await Promise.all(contexts.map(signedInUser));
  // Four times the minimum rate: neither deadline ever stops these, only the per-user cap can.
  const steady = { bytes: Math.ceil((4 * minBytesPerSecond) / 10), everyMs: 100 };
  const uploads: [SlowSave, SlowSave] = [slowSave(slow!, steady), slowSave(slow!, steady)];
  const { answer, other: holder } = await firstAnswerOf(uploads);
  expect(answer).toEqual(overShare);
  const save = await largeSave(contexts[1]!, other!);
  expect(save.status(), await save.text()).toBe(200);
  // The save took the other slot while the holder still had its own: it did not wait for it to end.
  expect(holder.answered()).toBe(false);
  for (const upload of uploads) upload.close();
  await Promise.all(contexts.map((c) => c.dispose()));
});
