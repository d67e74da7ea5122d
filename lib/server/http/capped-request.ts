import "server-only";
import { bodyTooLarge, readCapped } from "./body-reader";

/**
 * A copy of `request` whose body was read here within `maxBytes`: for handlers we do not write ourselves
 * (better-auth reads its whole JSON body with no cap), so an oversized body is refused with 413 as soon as
 * its declared length or its bytes pass the cap, and never reaches them; a body that stalls or trickles gets
 * 408 (body-reader.ts).
 */
export async function withCappedBody(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const declared = request.headers.get("content-length");
  // A cap below apiRoute's, so the declared length is checked again against this one.
  if (declared !== null && !(Number(declared) <= maxBytes)) throw bodyTooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  await readCapped(request.body, maxBytes, (chunk) => chunks.push(chunk));
  return new Request(request, { body: Buffer.concat(chunks), duplex: "half" } as RequestInit);
}
