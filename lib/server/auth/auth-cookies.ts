import type { BetterAuthOptions } from "better-auth";

type CookieOptions = Pick<NonNullable<BetterAuthOptions["advanced"]>, "useSecureCookies" | "cookiePrefix" | "defaultCookieAttributes">;

/**
 * How better-auth names and marks every cookie it sets (the session token, the "don't remember me" flag, and
 * any it may add): `__Host-pysandbox.<name>`, Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain. A browser
 * accepts a `__Host-` cookie only with exactly those scope attributes and only from the host it names, so no
 * other host (a preview origin on a sibling `*.localhost` name, a subdomain of the app) can set one the app
 * would read, nor shadow it with a `Domain` cookie of the same name.
 *
 * better-auth's own `useSecureCookies` would prepend `__Secure-`, which still allows a `Domain`: it stays off
 * and the prefix is written into the name. Without Secure cookies (`ALLOW_INSECURE_COOKIES`, plain http) the
 * prefix is impossible and the names are bare.
 */
export function authCookieOptions(secure: boolean): CookieOptions {
  return {
    useSecureCookies: false,
    cookiePrefix: secure ? "__Host-pysandbox" : "pysandbox",
    defaultCookieAttributes: { secure, httpOnly: true, sameSite: "lax", path: "/" },
  };
}
