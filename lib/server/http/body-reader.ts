import "server-only";
import { loadConfig } from "../../config";
import { AppError } from "../../errors";

let configuredIdleMs: number | undefined;

/**
 * The next chunk of a request body, or 408 when the client sent nothing for `idleMs` (BODY_IDLE_TIMEOUT):
 * a client trickling a byte now and then would otherwise hold its body slot, and the memory behind it, for
 * as long as it likes. The caller cancels the reader when this throws.
 */
export async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  idleMs: number = (configuredIdleMs ??= loadConfig().bodyIdleMs),
): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError("request_timeout", `The request body stopped arriving: nothing came for ${idleMs / 1000} seconds.`)),
      idleMs,
    );
  });
  try {
    return await Promise.race([reader.read(), idle]);
  } finally {
    clearTimeout(timer);
  }
}
