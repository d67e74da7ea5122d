import "server-only";
import { AppError } from "../../errors";
import { readChunk } from "./body-reader";

/**
 * A copy of `request` whose body was read here within `maxBytes`: for handlers we do not write ourselves
 * (better-auth reads its whole JSON body with no cap), so an oversized body is refused with 413 as soon as
 * its declared length or its bytes pass the cap, and never reaches them; a body that stalls gets 408.
 */
export async function withCappedBody(request: Request, maxBytes: number): Promise<Request> {
  if (!request.body) return request;
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${maxBytes} bytes.`);
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) throw tooLarge();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await readChunk(reader);
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) throw tooLarge();
      chunks.push(value);
    }
  } catch (error) {
    // Not awaited: a pending read holds the cancel until the client sends again, which a stalled one never does.
    void reader.cancel().catch(() => {});
    throw error;
  }
  return new Request(request, { body: Buffer.concat(chunks), duplex: "half" } as RequestInit);
}
