import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadConfig } from "@/lib/config";
import { getDb } from "@/lib/server/db";
import { clientAddressHeader } from "@/lib/server/auth/client-address";
import { openTestDatabase } from "@/test/support/test-databases";
import type { DatabaseKind, TestDatabase } from "@/test/support/test-databases";
import { freshClientAddress, postAuth, postAuthRequest, sessionCookie, signUpTestUser } from "@/test/support/accounts";
import type { TestUser } from "@/test/support/accounts";

/** better-auth's endpoints through our route: sign-in, its errors, and the per-address limit kept in the database. */
export function describeSignIn(kind: DatabaseKind): void {
  describe(`sign-in on ${kind}`, () => {
    let database: TestDatabase;
    let user: TestUser;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      user = await signUpTestUser();
    });
    afterAll(() => database?.close());

    const signIn = (password: string, address: string) =>
      postAuth("/sign-in/email", { email: user.email, password }, { [clientAddressHeader]: address });

    test("the right password gives a __Host- session cookie: Secure, HttpOnly, SameSite=Lax, Path=/, on the app origin only", async () => {
      const response = await signIn(user.password, freshClientAddress());
      expect(response.status).toBe(200);
      const cookie = response.headers.getSetCookie().find((line) => line.startsWith("__Host-pysandbox.session_token="));
      expect(cookie).toMatch(/; Secure/i);
      expect(cookie).toMatch(/; HttpOnly/i);
      expect(cookie).toMatch(/; Path=\/(;|$)/i);
      expect(cookie).toMatch(/; SameSite=Lax/i);
      expect(cookie).not.toMatch(/; Domain=/i);
      expect(await getDb().session.count({ where: { userId: user.userId } })).toBeGreaterThanOrEqual(2);
      expect(sessionCookie(response)).toContain("__Host-pysandbox.session_token=");
    });

    test("a wrong password is 401 INVALID_EMAIL_OR_PASSWORD, and a taken email cannot sign up again", async () => {
      const wrong = await signIn("not-the-password", freshClientAddress());
      expect(wrong.status).toBe(401);
      expect((await wrong.json()).code).toBe("INVALID_EMAIL_OR_PASSWORD");
      const again = await postAuth("/sign-up/email", { name: "Twin", email: user.email, password: "another-password" });
      expect(again.status).toBe(422);
      expect((await again.json()).code).toMatch(/^USER_ALREADY_EXISTS/);
    });

    test("an oversized body is 413 before better-auth reads it: streamed, only its first chunks are pulled", async () => {
      const chunk = new Uint8Array(16 * 1024).fill(0x20);
      let pulled = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          if (pulled === 1) controller.enqueue(new TextEncoder().encode(`{"name":"Big","email":"big-${Date.now()}@example.test","password":"a-password","padding":"`));
          else if (pulled <= 2048) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const request = new Request("http://localhost/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: loadConfig().appOrigin, "sec-fetch-site": "same-origin" },
        body,
        duplex: "half",
      } as RequestInit);
      const response = await postAuthRequest(request);
      expect(response.status).toBe(413);
      expect(pulled).toBeLessThan(16);
      const declared = await postAuth("/sign-up/email", { name: "Big", email: "big@example.test", password: "a-password", padding: "x".repeat(70 * 1024) });
      expect(declared.status).toBe(413);
      expect(await getDb().user.count({ where: { name: "Big" } })).toBe(0);
    });

    test("an IPv6 client is counted by its /64: another address in it is limited too, the next /64 is not", async () => {
      const { max } = loadConfig().signInLimit;
      const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}`;
      for (let attempt = 0; attempt < max; attempt++) expect((await signIn("wrong-password", `${prefix}:1::1`)).status).toBe(401);
      expect((await signIn(user.password, `${prefix}:1::ffff:1`)).status).toBe(429);
      expect((await signIn(user.password, `${prefix}:2::1`)).status).toBe(200);
    });

    test("past the limit, attempts from one address are 429 even with the right password; other addresses are not", async () => {
      const { max } = loadConfig().signInLimit;
      const address = freshClientAddress();
      for (let attempt = 0; attempt < max; attempt++) expect((await signIn("wrong-password", address)).status).toBe(401);
      const blocked = await signIn(user.password, address);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
      // Counted in the database, where every app instance sees the same count.
      const row = await getDb().rateLimit.findFirst({ where: { key: { startsWith: address } } });
      expect(row?.count).toBe(max);
      expect((await signIn(user.password, freshClientAddress())).status).toBe(200);
    });
  });
}
