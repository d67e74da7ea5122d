import "server-only";
import { loadConfig } from "../../config";
import { AppError } from "../../errors";

/** How slowly a body may arrive: BODY_IDLE_TIMEOUT and BODY_MIN_RATE (lib/config.ts). */
export type BodyPace = { idleMs: number; minBytesPerSecond: number };

let configuredPace: BodyPace | undefined;

function paceFromConfig(): BodyPace {
  if (!configuredPace) {
    const { bodyIdleMs, bodyMinBytesPerSecond } = loadConfig();
    configuredPace = { idleMs: bodyIdleMs, minBytesPerSecond: bodyMinBytesPerSecond };
  }
  return configuredPace;
}

/** The 413 of a body past `maxBytes`; `subject` names the body for the person who sent it. */
export function bodyTooLarge(maxBytes: number, subject = "request body"): AppError {
  return new AppError("payload_too_large", `The ${subject} is larger than ${maxBytes} bytes.`);
}

type ReadOptions = { subject?: string; pace?: BodyPace };

/**
 * Reads `body` to its end, handing each chunk to `onChunk` as it arrives, and returns how many bytes came.
 * It stops with 413 as soon as the bytes pass `maxBytes`, and with 408 when nothing arrives for `idleMs`, or
 * when the body falls more than `idleMs` behind `minBytesPerSecond` (t seconds in, fewer than
 * (t − idleMs) × minBytesPerSecond bytes came): a client that sends a byte now and then is never idle, and
 * would otherwise hold its body slot, and the memory behind it, for as long as it likes.
 * Whatever `onChunk` throws stops the read too.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
  { subject, pace = paceFromConfig() }: ReadOptions = {},
): Promise<number> {
  const reader = body.getReader();
  const started = Date.now();
  let lastChunkAt = started;
  let received = 0;
  try {
    for (;;) {
      const idleAt = lastChunkAt + pace.idleMs;
      const behindAt = started + pace.idleMs + (received * 1000) / pace.minBytesPerSecond;
      if (Date.now() >= behindAt) throw tooSlow(pace);
      const late = idleAt <= behindAt ? () => stalled(pace) : () => tooSlow(pace);
      const { done, value } = await nextChunk(reader, Math.min(idleAt, behindAt), late);
      if (done) return received;
      lastChunkAt = Date.now();
      received += value.byteLength;
      if (received > maxBytes) throw bodyTooLarge(maxBytes, subject);
      onChunk(value);
    }
  } catch (error) {
    // Not awaited: a pending read holds the cancel until the client sends again, which a stalled one never does.
    void reader.cancel().catch(() => {});
    throw error;
  }
}

async function nextChunk(reader: ReadableStreamDefaultReader<Uint8Array>, deadline: number, late: () => AppError): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late()), deadline - Date.now());
  });
  try {
    return await Promise.race([reader.read().catch(cutOff), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The stream fails only when the client hung up mid-body: its doing, not a bug of ours to log as a 500. */
const cutOff = (): never => {
  throw new AppError("bad_request", "The request body was cut off before its end.");
};

const stalled = ({ idleMs }: BodyPace) =>
  new AppError("request_timeout", `The request body stopped arriving: nothing came for ${idleMs / 1000} seconds.`);

const tooSlow = ({ minBytesPerSecond }: BodyPace) =>
  new AppError("request_timeout", `The request body is arriving too slowly: under ${minBytesPerSecond} bytes per second.`);
