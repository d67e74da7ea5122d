import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { e2eServer } from "../server-config";

export type TestAccount = { name: string; email: string; password: string };

export function newAccount(name = "E2E Tester"): TestAccount {
  return { name, email: `e2e-${randomBytes(6).toString("hex")}@example.test`, password: `pw-${randomBytes(9).toString("base64url")}` };
}

/** Signs a new account up through better-auth's endpoint; the context keeps the session cookie. */
export async function signUpWith(
  request: APIRequestContext,
  account: TestAccount = newAccount(),
  appOrigin = e2eServer.appOrigin,
): Promise<TestAccount> {
  const response = await request.post(`${appOrigin}/api/auth/sign-up/email`, { data: account });
  if (!response.ok()) throw new Error(`sign-up: ${response.status()} ${await response.text()}`);
  return account;
}

/** A fresh user, signed in in this page's browser context (the page itself is not navigated). */
export function signUp(page: Page, account?: TestAccount): Promise<TestAccount> {
  return signUpWith(page.request, account);
}

const signedIn = new WeakMap<APIRequestContext, Promise<TestAccount>>();

/** The context's own test user on the app at `appOrigin`, signed up on first use. */
export function ensureSignedIn(request: APIRequestContext, appOrigin = e2eServer.appOrigin): Promise<TestAccount> {
  let account = signedIn.get(request);
  if (!account) {
    account = signUpWith(request, newAccount(), appOrigin);
    signedIn.set(request, account);
  }
  return account;
}
