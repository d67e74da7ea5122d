import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

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
 * further left and are never taken). An IPv6 client is counted by its /64: one host commonly owns a whole
 * /64 and could otherwise change address for every attempt.
 */
export function clientAddressOf(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxyHops: number): string {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const chain = [...forwarded, peer ?? ""];
  const address = chain[Math.max(0, chain.length - 1 - trustedProxyHops)] ?? "";
  return limitKey(address);
}

function limitKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (isIP(address) !== 6) return address;
  return `${expandIpv6(address).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, `::` filled in; a zone (`%eth0`) is dropped. */
function expandIpv6(address: string): string[] {
  const [head = "", tail] = address.split("%")[0]!.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups.map((group) => group.toLowerCase().replace(/^0+(?=.)/, ""));
}
