import type { IncomingMessage } from "node:http";

/**
 * The header server.ts sets to the client's address, replacing whatever a client sent under that name, so
 * per-address limits (sign-in attempts) key on an address nobody can forge.
 */
export const clientAddressHeader = "x-pysandbox-client-address";

export function stampClientAddress(req: IncomingMessage, trustedProxyHops: number): void {
  req.headers[clientAddressHeader] = clientAddressOf(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedProxyHops);
}

/**
 * Who a limit counts: the peer, or, behind `trustedProxyHops` reverse proxies of our own, the address the
 * outermost of them saw (each appends its peer to X-Forwarded-For, so the entries a client wrote itself are
 * further left and are never taken). It stays a plain address: better-auth, which keeps the counts, accepts
 * only a valid IP there, and counts an IPv6 client by its /64 itself (auth.ts).
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxyHops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...forwarded, peer ?? ""];
  return chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? "";
}
