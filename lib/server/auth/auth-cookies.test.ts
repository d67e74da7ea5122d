import { createCookieGetter, getCookies } from "better-auth/cookies";
import { describe, expect, test } from "vitest";
import { authCookieOptions } from "./auth-cookies";

/** Every cookie better-auth would set with our options: its fixed ones and those it makes on demand (OAuth state). */
function cookiesMadeFor(baseURL: string, secure: boolean) {
  const options = { baseURL, advanced: authCookieOptions(secure) };
  return [...Object.values(getCookies(options)), createCookieGetter(options)("state"), createCookieGetter(options)("oauth_state")];
}

describe("better-auth's cookies", () => {
  test("are __Host- cookies (Secure, HttpOnly, SameSite=Lax, Path=/, no Domain) on https and on http://localhost", () => {
    for (const baseURL of ["https://pysandbox.example", "http://localhost:3000"]) {
      for (const cookie of cookiesMadeFor(baseURL, true)) {
        expect(cookie.name, baseURL).toMatch(/^__Host-pysandbox\.[a-z_]+$/);
        expect(cookie.attributes, `${baseURL} ${cookie.name}`).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
        expect(cookie.attributes.domain, `${baseURL} ${cookie.name}`).toBeUndefined();
      }
    }
  });

  test("where Secure cookies were given up for plain http, have bare names and no Secure, as a browser requires", () => {
    for (const cookie of cookiesMadeFor("http://pysandbox.lan", false)) {
      expect(cookie.name).toMatch(/^pysandbox\.[a-z_]+$/);
      expect(cookie.attributes).toMatchObject({ secure: false, httpOnly: true, path: "/" });
      expect(cookie.attributes.domain).toBeUndefined();
    }
  });
});
