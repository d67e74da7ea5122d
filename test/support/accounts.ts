import { randomBytes } from "node:crypto";
import { loadConfig } from "@/lib/config";
import * as authRoute from "@/app/api/auth/[...all]/route";
import type { UserId } from "@/lib/ids";
import type { Actor } from "@/lib/server/auth/actor";
import { clientAddressHeader } from "@/lib/server/auth/client-address";
import { getDb } from "@/lib/server/db";

/** A user made through better-auth's own sign-up endpoint, as the app's form makes one; signed in. */
export type TestUser = { userId: string; email: string; password: string; cookie: string };

const appOrigin = loadConfig().appOrigin;
const noParams = { params: Promise.resolve({}) };

/** A made-up client address per call, so one test's sign-in attempts never count against another's. */
export function freshClientAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${c}`;
}

/** POST to an /api/auth endpoint through the app's route, from the app's own origin. */
export function postAuth(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`${appOrigin}/api/auth${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      origin: appOrigin,
      "sec-fetch-site": "same-origin",
      [clientAddressHeader]: freshClientAddress(),
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return postAuthRequest(request);
}

/** A request of the caller's making (a streamed body, say) through the app's auth route. */
export function postAuthRequest(request: Request): Promise<Response> {
  return authRoute.POST(request, noParams);
}

export async function signUpTestUser(name = "Test User"): Promise<TestUser> {
  const email = `user-${randomBytes(6).toString("hex")}@example.test`;
  const password = `pw-${randomBytes(9).toString("base64url")}`;
  const response = await postAuth("/sign-up/email", { name, email, password });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string } };
  return { userId: user.id, email, password, cookie: sessionCookie(response) };
}

/** The `name=value` pairs of a response's Set-Cookie headers, ready to send back as a Cookie header. */
export function sessionCookie(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
}

/** A user row made straight in the database, for query-level tests that need an actor, not a session. */
export async function createTestActor(name = "Query Tester"): Promise<Actor> {
  const email = `actor-${randomBytes(6).toString("hex")}@example.test`;
  const user = await getDb().user.create({ data: { email, name }, select: { id: true } });
  return { kind: "user", userId: user.id as UserId, email, name };
}
