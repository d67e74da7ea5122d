import "server-only";
import { limits } from "../../config";
import type { UserActor } from "../auth/actor";
import { readCapped } from "./body-reader";
import { createBodySlots } from "./body-slots";
import type { BodySlots } from "./body-slots";
import { createFileListGuard } from "./file-list-guard";

/** A whole project as base64 (4/3 of its bytes) plus room for JSON around it. */
export const maxBodyBytes = Math.ceil((limits.projectBytes * 4) / 3) + 1024 * 1024;

/** Bodies above this size (or of unknown size) wait for one of the slots below. */
const largeBodyBytes = 256 * 1024;

/**
 * A maximum-size body costs ~5× its size while it is read, parsed and validated (bytes, text, parsed
 * strings, schema output), so concurrent large bodies are read a few at a time: memory stays bounded
 * whatever the number of clients, and the small JSON requests of the app never queue behind them.
 * Two slots keep both cores of a small server busy; a queued request waits up to 10 s, then gets 503.
 * One user holds or waits for at most one of them (another large body of theirs meanwhile is 429 at once),
 * so slow uploads from one account never shut everyone else out, nor fill the queue.
 */
export const largeBodySlots = createBodySlots({ slots: 2, perOwner: 1, maxWaitMs: 10_000, maxWaiting: 64 });

/** Whose share of the slots a body takes: apiRoute reads bodies from signed-in users only. */
export function bodyOwnerOf(user: UserActor): string {
  return `user:${user.userId}`;
}

/**
 * Reads the body as UTF-8 text within the caps (total size, and the file caps of file-list-guard.ts, both
 * checked as the bytes arrive, and the deadlines of body-reader.ts) and hands it to `use` while still holding
 * the body's slot. apiRoute has already refused a declared length over the cap.
 */
export async function withBodyText<T>(
  request: Request,
  owner: string,
  use: (text: string) => T,
  slots: BodySlots = largeBodySlots,
): Promise<T> {
  const declared = request.headers.get("content-length") ?? "";
  const length = /^\d{1,15}$/.test(declared) ? Number(declared) : null;
  const release = length === null || length > largeBodyBytes ? await slots.acquire(owner) : () => {};
  try {
    return use(await readText(request, length));
  } finally {
    release();
  }
}

async function readText(request: Request, declared: number | null): Promise<string> {
  if (!request.body) return "";
  const guard = createFileListGuard();
  // With a declared length the bytes go straight into one buffer of that size: no list of chunks to join.
  // (apiRoute refused a longer one; the cap here only keeps a caller that skipped it from allocating it.)
  let buffer: Buffer = Buffer.allocUnsafe(Math.min(declared ?? 64 * 1024, maxBodyBytes));
  let used = 0;
  await readCapped(request.body, maxBodyBytes, (chunk) => {
    guard.write(chunk);
    if (used + chunk.byteLength > buffer.byteLength) buffer = grow(buffer, used, used + chunk.byteLength);
    buffer.set(chunk, used);
    used += chunk.byteLength;
  });
  return buffer.toString("utf8", 0, used);
}

function grow(buffer: Buffer, used: number, needed: number): Buffer {
  const larger = Buffer.allocUnsafe(Math.min(maxBodyBytes, Math.max(needed, buffer.byteLength * 2)));
  buffer.copy(larger, 0, 0, used);
  return larger;
}
