import type { IncomingMessage } from "node:http";

/**
 * The header server.ts sets to the connection's peer address, replacing whatever a client sent under that
 * name, so per-address limits (sign-in attempts) key on an address nobody can forge.
 */
export const clientAddressHeader = "x-pysandbox-client-address";

export function stampClientAddress(req: IncomingMessage): void {
  req.headers[clientAddressHeader] = req.socket.remoteAddress ?? "";
}
