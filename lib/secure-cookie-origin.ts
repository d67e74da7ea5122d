import { isIP } from "node:net";

/**
 * Whether browsers keep a `Secure` cookie that this origin sets: an https origin, or a loopback host, which
 * Chromium and Firefox treat as a secure context over plain http (`localhost`, any `*.localhost`,
 * `127.0.0.0/8`, `[::1]`). Over plain http on any other name the cookie is dropped, and nobody could sign in.
 */
export function keepsSecureCookies(origin: string): boolean {
  const url = new URL(origin);
  if (url.protocol === "https:") return true;
  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const address = host.replace(/^\[|\]$/g, "");
  if (isIP(address) === 4) return address.startsWith("127.");
  return address === "::1";
}
