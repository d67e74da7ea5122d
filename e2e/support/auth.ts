import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { e2eServer } from "../server-config";

export type TestAccount = { name: string; email: string; password: string };

export function newAccount(name = "E2E Tester"): TestAccount {
  return { name, email: `e2e-${randomBytes(6).toString("hex")}@example.test`, password: `pw-${randomBytes(9).toString("base64url")}` };
}

/** The account each request context is signed in as, so helpers that need a user reuse it. */
const signedIn = new WeakMap<APIRequestContext, Promise<TestAccount>>();

/** Signs a new account up through better-auth's endpoint; the context keeps the session cookie. */
export function signUpWith(
  request: APIRequestContext,
  account: TestAccount = newAccount(),
  appOrigin = e2eServer.appOrigin,
): Promise<TestAccount> {
  const done = (async () => {
    const response = await request.post(`${appOrigin}/api/auth/sign-up/email`, { data: account });
    if (!response.ok()) throw new Error(`sign-up: ${response.status()} ${await response.text()}`);
    return account;
  })();
  signedIn.set(request, done);
  return done;
}

/** A fresh user, signed in in this page's browser context (the page itself is not navigated). */
export function signUp(page: Page, account?: TestAccount): Promise<TestAccount> {
  return signUpWith(page.request, account);
}

/** The context's own test user on the app at `appOrigin`, signed up on first use. */
export function ensureSignedIn(request: APIRequestContext, appOrigin = e2eServer.appOrigin): Promise<TestAccount> {
  return signedIn.get(request) ?? signUpWith(request, newAccount(), appOrigin);
}
